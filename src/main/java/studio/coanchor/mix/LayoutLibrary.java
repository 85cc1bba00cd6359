package studio.coanchor.mix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The layouts a user saved, one {@link LayoutFile} per name in a folder, each usable as a {@link Preset}. */
public final class LayoutLibrary {
    private static final String SUFFIX = ".json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _-]{0,63}");

    private final Path folder;

    public LayoutLibrary(Path folder) {
        this.folder = folder;
    }

    /** The saved names, sorted; none when the folder does not exist yet. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .filter(name -> NAME.matcher(name).matches())
                    .sorted().toList();
        }
    }

    /** Saves {@code layout} under {@code name}, replacing a layout saved under that name before. */
    public void save(String name, Layout layout) throws IOException {
        Files.createDirectories(folder);
        LayoutFile.write(file(name), layout);
    }

    public Layout load(String name) throws IOException {
        return LayoutFile.read(file(name));
    }

    public void delete(String name) throws IOException {
        if (!Files.deleteIfExists(file(name))) {
            throw new NoSuchFileException(file(name).toString(), null, "no layout is saved as '" + name + "'");
        }
    }

    /** The saved layout as a preset. */
    public SavedLayout preset(String name) throws IOException {
        return new SavedLayout(name, load(name));
    }

    private Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot name a saved layout: use 1 to 64 letters, digits,"
                    + " spaces, '_' or '-', starting with a letter or digit");
        }
        return folder.resolve(name + SUFFIX);
    }
}
