import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds this system's installers of CoAnchor Studio with the JDK's own tools: jdeps finds the JDK modules the
 * application uses, jlink makes a runtime of them and of the JavaFX jars, and jpackage puts that runtime, every other
 * jar of {@code target/lib} (on the class path) and the application jar into an app image, then into this system's
 * packages: .deb and .rpm on Linux, .msi on Windows (needs WiX 3 on the PATH), .dmg on macOS. Metadata comes from
 * {@code packaging/installer.properties}, JVM options from {@code packaging/jvm-options}, icons from {@code assets/}.
 * {@code ./mvnw -Pinstaller package} runs it; by hand, from the repository root after a build:
 * {@code java packaging/Installers.java --version 0.1.0 --jar target/coanchor.jar --lib target/lib
 * --out target/installer --work target/jpackage}
 */
public final class Installers {

    public static void main(String[] args) {
        try {
            build(BuildRequest.parse(args));
        } catch (BuildFailure e) {
            System.err.println("installers: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("installers: " + e);
            System.exit(1);
        }
    }

    private static void build(BuildRequest request) throws IOException {
        Platform platform = Platform.current();
        List<String> packageTypes = platform.chosen(request.types());
        ProductInfo product = ProductInfo.read(request.packaging().resolve("installer.properties"), request.version());
        Libraries libraries = Libraries.sort(request.lib(), platform);
        libraries.report();
        Folders.renew(request.work());
        Folders.renew(request.out());

        Path runtime = RuntimeImage.link(request.jar(), libraries, request.work().resolve("runtime"));
        Path input = libraries.stage(request.jar(), request.work().resolve("input"));
        Jpackage jpackage = new Jpackage(request, product, platform);
        Path appImage = jpackage.appImage(runtime, input);
        List<Path> built = new ArrayList<>(List.of(appImage));
        for (String type : packageTypes) {
            built.add(jpackage.pack(type, appImage));
        }
        for (Path result : built) {
            long bytes = Folders.size(result);
            System.out.printf(Locale.ROOT, "[installers] %-45s %7.1f MB (%,d bytes)%n",
                    request.out().relativize(result), bytes / 1e6, bytes);
        }
    }
}

/** A build that cannot go on, with a message that says what to do. */
final class BuildFailure extends RuntimeException {
    BuildFailure(String message) {
        super(message);
    }
}

/**
 * The command line: where things are, the version, and which packages to make besides the app image: {@code all} of
 * this system's, or some of them by jpackage's type names ({@code app-image} alone makes none).
 */
record BuildRequest(String version, Path jar, Path lib, Path out, Path work, Path packaging, List<String> types) {

    private static final String USAGE = "usage: java packaging/Installers.java --version V --jar APP.jar --lib DIR"
            + " --out DIR --work DIR [--packaging DIR] [--types all|app-image|deb,rpm,...]";

    static BuildRequest parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new BuildFailure("cannot read '" + args[i] + "'; " + USAGE);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("version", "jar", "lib", "out", "work")) {
            if (!values.containsKey(required)) {
                throw new BuildFailure("--" + required + " is missing; " + USAGE);
            }
        }
        Path jar = Path.of(values.get("jar"));
        Path lib = Path.of(values.get("lib"));
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new BuildFailure(jar + " or " + lib + " does not exist: build the application first"
                    + " (./mvnw -Pinstaller package does both)");
        }
        List<String> types = List.of(values.getOrDefault("types", "all").split(","));
        return new BuildRequest(values.get("version"), jar, lib, Path.of(values.get("out")),
                Path.of(values.get("work")), Path.of(values.getOrDefault("packaging", "packaging")), types);
    }
}

/** What the installers say about the product, from {@code installer.properties}, and the version they carry. */
record ProductInfo(String name, String command, String version, String vendor, String description, String copyright,
                   String license, String linuxMaintainer, String linuxCategory, String linuxDebDepends,
                   String linuxRpmRequires, String macIdentifier, String macCategory, String windowsUpgradeUuid) {

    /** jpackage takes one to three numbers; a Maven qualifier such as -SNAPSHOT is left out. */
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+){0,2})(?:-.*)?");

    static ProductInfo read(Path file, String projectVersion) throws IOException {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        Matcher version = VERSION.matcher(projectVersion);
        if (!version.matches()) {
            throw new BuildFailure("the project version '" + projectVersion + "' does not start with one to three"
                    + " numbers (such as 1.2.0), which every installer format needs");
        }
        Function<String, String> required = key -> {
            String value = values.getProperty(key, "").strip();
            if (value.isEmpty()) {
                throw new BuildFailure(file + " has no value for '" + key + "'");
            }
            return value;
        };
        return new ProductInfo(required.apply("name"), required.apply("command"), version.group(1),
                required.apply("vendor"), required.apply("description"), required.apply("copyright"),
                required.apply("license"), required.apply("linux.maintainer"), required.apply("linux.category"),
                required.apply("linux.deb.depends"), required.apply("linux.rpm.requires"),
                required.apply("mac.identifier"), required.apply("mac.category"),
                required.apply("windows.upgrade-uuid"));
    }
}

/**
 * The jars of {@code target/lib}, sorted: JavaFX's modular jars become part of the runtime image; its empty
 * placeholder jars and the natives of other systems are left out; every other jar goes on the class path, whatever
 * it is, so a new dependency needs no change here.
 */
record Libraries(List<Path> runtimeModules, Set<String> runtimeModuleNames, List<Path> classPath, List<Path> leftOut) {
    /** A classifier naming a system as bytedeco, OpenJFX and webrtc-java spell it: ffmpeg-...-linux-x86_64-gpl.jar */
    private static final Pattern SYSTEM_CLASSIFIER =
            Pattern.compile("-(linux|windows|win|macosx|macos|mac)(?:-[A-Za-z0-9_]+)*\\.jar$");

    static Libraries sort(Path lib, Platform platform) throws IOException {
        List<Path> modules = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        List<Path> classPath = new ArrayList<>();
        List<Path> leftOut = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                Matcher system = SYSTEM_CLASSIFIER.matcher(jar.getFileName().toString());
                ModuleDescriptor module = descriptor(jar);
                if (system.find() && !platform.classifierWords().contains(system.group(1))) {
                    leftOut.add(jar);
                } else if (module != null && module.name().startsWith("javafx.")) {
                    if (module.isAutomatic()) {
                        leftOut.add(jar);
                    } else {
                        modules.add(jar);
                        names.add(module.name());
                    }
                } else {
                    classPath.add(jar);
                }
            }
        }
        if (names.isEmpty()) {
            throw new BuildFailure("no JavaFX module jar for this system in " + lib + ": run the build on the system"
                    + " the installer is for, so Maven picks that system's JavaFX jars");
        }
        return new Libraries(modules, names, classPath, leftOut);
    }

    /** The jar's module, explicit or automatic, or null when the JDK cannot derive one from it. */
    private static ModuleDescriptor descriptor(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst().map(ModuleReference::descriptor).orElse(null);
        } catch (FindException unnamed) {
            return null;
        }
    }

    void report() {
        System.out.println("[installers] runtime modules from " + runtimeModuleNames + "; " + classPath.size()
                + " jars on the class path");
        if (!leftOut.isEmpty()) {
            System.out.println("[installers] left out (empty placeholders, or natives for another system): "
                    + leftOut.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", ")));
        }
    }

    /** Copies the application jar and the class-path jars into one folder, jpackage's input. */
    Path stage(Path applicationJar, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(applicationJar, folder.resolve(applicationJar.getFileName()));
        for (Path jar : classPath) {
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
        return folder;
    }
}

/**
 * The Java runtime the installed studio runs on: the JDK modules jdeps finds in use, the JavaFX modules, and the
 * providers reached only through services. Linked without compression: the packages compress it better themselves
 * (the .deb comes out about 15 MB smaller), and classes load faster from an uncompressed image.
 */
final class RuntimeImage {
    /** Elliptic-curve TLS (rtmps://, https:// to Tencent's API) is a security provider that no class names. */
    private static final List<String> SERVICE_MODULES = List.of("jdk.crypto.ec");

    private RuntimeImage() {
    }

    static Path link(Path applicationJar, Libraries libraries, Path output) {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new BuildFailure("the JDK at " + System.getProperty("java.home") + " has no jmods folder; jlink needs"
                    + " a full JDK 17 or later (on Debian, openjdk-17-jdk-headless)");
        }
        String modulePath = join(libraries.runtimeModules());
        String found = Tools.run("jdeps", List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), "--module-path", modulePath, "--class-path",
                join(libraries.classPath()), applicationJar.toString())).strip();
        Set<String> modules = new TreeSet<>(List.of(found.substring(found.lastIndexOf('\n') + 1).split(",")));
        modules.addAll(libraries.runtimeModuleNames());
        modules.addAll(SERVICE_MODULES);
        System.out.println("[installers] linking a runtime of " + String.join(",", modules));
        Tools.run("jlink", List.of("--module-path", jmods + File.pathSeparator + modulePath,
                "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--strip-native-commands", "--output", output.toString()));
        return output;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}

/** The JDK's command-line tools, run in this JVM. */
final class Tools {
    private Tools() {
    }

    static String run(String name, List<String> arguments) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new BuildFailure(name + " is not in the"
                + " JDK at " + System.getProperty("java.home") + "; build with a full JDK 17 or later"));
        StringWriter output = new StringWriter();
        int status;
        try (PrintWriter writer = new PrintWriter(output)) {
            status = tool.run(writer, writer, arguments.toArray(String[]::new));
        }
        if (status != 0) {
            throw new BuildFailure(name + " failed with exit code " + status + ":\n" + output.toString().strip());
        }
        return output.toString();
    }
}

/** jpackage, first making the app image and then each package from it. */
final class Jpackage {
    private final BuildRequest request;
    private final ProductInfo product;
    private final Platform platform;

    Jpackage(BuildRequest request, ProductInfo product, Platform platform) {
        this.request = request;
        this.product = product;
        this.platform = platform;
    }

    Path appImage(Path runtime, Path input) throws IOException {
        List<String> arguments = new ArrayList<>(common("app-image"));
        arguments.addAll(List.of("--runtime-image", runtime.toString(), "--input", input.toString(),
                "--main-jar", request.jar().getFileName().toString(),
                "--icon", Path.of("assets").resolve(platform.icon()).toString()));
        for (String option : jvmOptions()) {
            arguments.addAll(List.of("--java-options", option));
        }
        arguments.addAll(platform.appImageOptions(product, request));
        System.out.println("[installers] making the app image");
        Tools.run("jpackage", arguments);
        return platform.appImage(request.out(), platform.launcherName(product));
    }

    Path pack(String type, Path appImage) throws IOException {
        List<String> arguments = new ArrayList<>(common(type));
        arguments.addAll(List.of("--app-image", appImage.toString(), "--license-file", "LICENSE"));
        arguments.addAll(platform.packageOptions(type, product, request));
        System.out.println("[installers] making the " + type + " package");
        Set<Path> before = Folders.list(request.out());
        Tools.run("jpackage", arguments);
        Set<Path> made = Folders.list(request.out());
        made.removeAll(before);
        if (made.size() != 1) {
            throw new BuildFailure("jpackage reported success for " + type + " but made " + made + " in "
                    + request.out());
        }
        return platform.finish(made.iterator().next(), product);
    }

    private List<String> common(String type) {
        List<String> arguments = new ArrayList<>(List.of("--type", type, "--dest", request.out().toString(),
                "--name", platform.launcherName(product), "--vendor", product.vendor(),
                "--description", product.description(), "--copyright", product.copyright(),
                "--temp", request.work().resolve("jpackage-" + type).toString()));
        platform.jpackageVersion(product).ifPresent(version -> arguments.addAll(List.of("--app-version", version)));
        return arguments;
    }

    /** {@code packaging/jvm-options}, one option a line; {@code #} starts a comment line. */
    private List<String> jvmOptions() throws IOException {
        return Files.readAllLines(request.packaging().resolve("jvm-options")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}

/** What differs between the systems jpackage builds on: names, icons, package types and their options. */
abstract class Platform {
    private final Set<String> classifierWords;
    private final List<String> packageTypes;
    private final String icon;

    /**
     * @param classifierWords how this system's native jars are marked in their file names
     * @param packageTypes    the jpackage types of this system's packages
     * @param icon            the icon file in {@code assets/}
     */
    Platform(Set<String> classifierWords, List<String> packageTypes, String icon) {
        this.classifierWords = classifierWords;
        this.packageTypes = packageTypes;
        this.icon = icon;
    }

    static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return new LinuxPlatform();
        }
        if (os.startsWith("windows")) {
            return new WindowsPlatform();
        }
        if (os.startsWith("mac")) {
            return new MacPlatform();
        }
        throw new BuildFailure("no installer is defined for " + System.getProperty("os.name"));
    }

    Set<String> classifierWords() {
        return classifierWords;
    }

    List<String> packageTypes() {
        return packageTypes;
    }

    /** The package types among {@code asked}: all of this system's for {@code all}, none for {@code app-image}. */
    List<String> chosen(List<String> asked) {
        if (asked.equals(List.of("all"))) {
            return packageTypes();
        }
        for (String type : asked) {
            if (!type.equals("app-image") && !packageTypes().contains(type)) {
                throw new BuildFailure("cannot make a '" + type + "' package on " + System.getProperty("os.name")
                        + "; this system makes app-image, " + String.join(", ", packageTypes()) + " (or all)");
            }
        }
        return asked.stream().filter(packageTypes()::contains).toList();
    }

    String icon() {
        return icon;
    }

    String launcherName(ProductInfo product) {
        return product.name();
    }

    /** The version jpackage is given, if any. */
    Optional<String> jpackageVersion(ProductInfo product) {
        return Optional.of(product.version());
    }

    Path appImage(Path out, String launcherName) {
        return out.resolve(launcherName);
    }

    List<String> appImageOptions(ProductInfo product, BuildRequest request) throws IOException {
        return List.of();
    }

    abstract List<String> packageOptions(String type, ProductInfo product, BuildRequest request);

    /** The package as it should be delivered. */
    Path finish(Path made, ProductInfo product) throws IOException {
        return made;
    }
}

/**
 * Linux: the launcher is the command {@code coanchor}, installed under {@code /opt/coanchor} with the desktop entry
 * of {@code packaging/linux}, whose paths say so.
 */
final class LinuxPlatform extends Platform {
    LinuxPlatform() {
        super(Set.of("linux"), List.of("deb", "rpm"), "coanchor-256.png");
    }

    @Override
    String launcherName(ProductInfo product) {
        return product.command();
    }

    @Override
    List<String> packageOptions(String type, ProductInfo product, BuildRequest request) {
        List<String> options = new ArrayList<>(List.of("--linux-package-name", product.command(),
                "--install-dir", "/opt", "--linux-app-category", product.linuxCategory(), "--linux-shortcut",
                "--icon", Path.of("assets", icon()).toString(),
                "--resource-dir", request.packaging().resolve("linux").toString()));
        if (type.equals("deb")) {
            options.addAll(List.of("--linux-deb-maintainer", product.linuxMaintainer(),
                    "--linux-package-deps", product.linuxDebDepends()));
        } else if (type.equals("rpm")) {
            options.addAll(List.of("--linux-rpm-license-type", product.license(),
                    "--linux-package-deps", product.linuxRpmRequires()));
        }
        return options;
    }
}

/**
 * Windows: the window opens from "CoAnchor Studio.exe", with Start-menu and desktop shortcuts; {@code coanchor.exe}
 * beside it is the same program as a console application, for the command line and {@code --self-test}.
 */
final class WindowsPlatform extends Platform {
    WindowsPlatform() {
        super(Set.of("windows", "win"), List.of("msi"), "coanchor.ico");
    }

    @Override
    List<String> appImageOptions(ProductInfo product, BuildRequest request) {
        return List.of("--add-launcher", product.command() + "="
                + request.packaging().resolve("windows").resolve("console-launcher.properties"));
    }

    @Override
    List<String> packageOptions(String type, ProductInfo product, BuildRequest request) {
        return List.of("--win-menu", "--win-menu-group", product.name(), "--win-shortcut", "--win-dir-chooser",
                "--win-upgrade-uuid", product.windowsUpgradeUuid());
    }
}

/**
 * macOS: a "CoAnchor Studio.app" bundle on a disk image. Its Info.plist is written here, with the camera and
 * microphone usage strings of {@code packaging/macos/Info.plist.fragment}, because macOS stops an application that
 * opens either device without them. jpackage refuses versions below 1 for macOS, so below 1.0 it is given its
 * default and the real version goes into Info.plist and the disk image's name.
 */
final class MacPlatform extends Platform {
    MacPlatform() {
        super(Set.of("macosx", "macos", "mac"), List.of("dmg"), "coanchor.icns");
    }

    @Override
    Optional<String> jpackageVersion(ProductInfo product) {
        return product.version().startsWith("0") ? Optional.empty() : super.jpackageVersion(product);
    }

    @Override
    Path appImage(Path out, String launcherName) {
        return out.resolve(launcherName + ".app");
    }

    @Override
    List<String> appImageOptions(ProductInfo product, BuildRequest request) throws IOException {
        Path resources = request.work().resolve("macos-resources");
        Files.createDirectories(resources);
        Path fragment = request.packaging().resolve("macos").resolve("Info.plist.fragment");
        Files.writeString(resources.resolve("Info.plist"), InfoPlist.of(product, Files.readString(fragment)));
        return List.of("--mac-package-identifier", product.macIdentifier(), "--mac-package-name", product.name(),
                "--resource-dir", resources.toString());
    }

    @Override
    List<String> packageOptions(String type, ProductInfo product, BuildRequest request) {
        return List.of("--mac-package-identifier", product.macIdentifier(), "--mac-package-name", product.name());
    }

    @Override
    Path finish(Path made, ProductInfo product) throws IOException {
        Path named = made.resolveSibling(product.name() + "-" + product.version() + ".dmg");
        return made.equals(named) ? made : Files.move(made, named);
    }
}

/** The macOS application's Info.plist: the bundle keys jpackage's launcher needs, and the fragment's keys. */
final class InfoPlist {
    private InfoPlist() {
    }

    static String of(ProductInfo product, String fragment) {
        StringBuilder plist = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                """);
        entry(plist, "CFBundleDevelopmentRegion", "en");
        entry(plist, "CFBundleExecutable", product.name());
        entry(plist, "CFBundleIconFile", product.name() + ".icns");
        entry(plist, "CFBundleIdentifier", product.macIdentifier());
        entry(plist, "CFBundleInfoDictionaryVersion", "6.0");
        entry(plist, "CFBundleName", product.name());
        entry(plist, "CFBundlePackageType", "APPL");
        entry(plist, "CFBundleShortVersionString", product.version());
        entry(plist, "CFBundleVersion", product.version());
        entry(plist, "LSApplicationCategoryType", product.macCategory());
        entry(plist, "LSMinimumSystemVersion", "11.0");
        entry(plist, "NSHumanReadableCopyright", product.copyright());
        plist.append("  <key>NSHighResolutionCapable</key>\n  <true/>\n");
        fragment.lines()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("<!--"))
                .forEach(line -> plist.append("  ").append(line.strip()).append('\n'));
        return plist.append("</dict>\n</plist>\n").toString();
    }

    private static void entry(StringBuilder plist, String key, String value) {
        plist.append("  <key>").append(key).append("</key>\n  <string>").append(escaped(value)).append("</string>\n");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

/** Folders the build renews, lists and measures. */
final class Folders {
    private Folders() {
    }

    static void renew(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
    }

    static Set<Path> list(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Bytes in a file, or in every file under a folder. */
    static long size(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            return paths.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
