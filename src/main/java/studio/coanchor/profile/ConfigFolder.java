package studio.coanchor.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the studio keeps its settings: the operating system's usual configuration folder, or the folder named by the
 * {@value #PROPERTY} system property or the {@value #VARIABLE} environment variable (in that order), which tests and
 * portable installs use.
 */
public final class ConfigFolder {
    public static final String PROPERTY = "coanchor.config.dir";
    public static final String VARIABLE = "COANCHOR_CONFIG_DIR";

    private ConfigFolder() {
    }

    /** The folder for this process. */
    public static Path locate() {
        return locate(System::getProperty, System::getenv);
    }

    /**
     * {@code %APPDATA%\CoAnchor Studio} on Windows, {@code ~/Library/Application Support/CoAnchor Studio} on macOS,
     * {@code $XDG_CONFIG_HOME/coanchor} (or {@code ~/.config/coanchor}) elsewhere.
     */
    static Path locate(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String override = firstSet(properties.apply(PROPERTY), environment.apply(VARIABLE));
        if (override != null) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(properties.apply("user.home"));
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = firstSet(environment.apply("APPDATA"), null);
            Path roaming = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve("CoAnchor Studio");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CoAnchor Studio");
        }
        // The XDG base directory spec ignores a relative XDG_CONFIG_HOME.
        String xdg = firstSet(environment.apply("XDG_CONFIG_HOME"), null);
        Path config = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve("coanchor");
    }

    private static String firstSet(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
