package studio.coanchor.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link Settings} as JSON in one file. A file that cannot be read as settings is moved aside to
 * {@code settings.json.bak} (replacing an older one) and the defaults are used, with a message saying so; nothing is
 * lost and the next save writes a good file. Saving writes a temporary file and moves it into place, so a crash never
 * leaves half a file.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** The store in the OS's configuration folder (see {@link ConfigFolder}). */
    public static SettingsStore standard() {
        return new SettingsStore(ConfigFolder.locate());
    }

    public Path file() {
        return file;
    }

    /** Where a broken file is kept. */
    public Path backup() {
        return file.resolveSibling(FILE_NAME + ".bak");
    }

    /** The saved settings; the defaults when there are none yet or the file is broken. Never throws. */
    public LoadedSettings load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LoadedSettings(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            return new LoadedSettings(Settings.defaults(), Optional.of("The settings file " + file
                    + " cannot be read (" + e.getMessage() + "); the defaults are used until it can."));
        }
        try {
            Settings settings = text.isBlank() ? null : JSON.readValue(text, Settings.class);
            if (settings == null) {
                throw new IllegalArgumentException("it holds no settings object");
            }
            return new LoadedSettings(settings, Optional.empty());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new LoadedSettings(Settings.defaults(), Optional.of(setAside(describe(e))));
        }
    }

    /** Writes {@code settings}, creating the folder when needed. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(settings) + System.lineSeparator(), StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String setAside(String reason) {
        String problem = "The settings file " + file + " is broken: " + reason + ".";
        try {
            Files.move(file, backup(), StandardCopyOption.REPLACE_EXISTING);
            return problem + " It was kept as " + backup().getFileName() + " and the defaults are used.";
        } catch (IOException e) {
            return problem + " It could not be kept aside as " + backup().getFileName() + " (" + e.getMessage()
                    + "); the defaults are used and will replace it on the next save.";
        }
    }

    private static String describe(Exception failure) {
        if (!(failure instanceof JsonProcessingException e)) {
            return failure.getMessage();
        }
        StreamReadException read = syntaxError(e);
        if (read != null) {
            String where = read.getLocation() == null ? "" : " at line " + read.getLocation().getLineNr()
                    + ", column " + read.getLocation().getColumnNr();
            return "it is not valid JSON" + where + " (" + firstLine(read.getOriginalMessage()) + ")";
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return firstLine(e.getOriginalMessage());
        }
        String path = spoken(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + path + "'";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return (path.isEmpty() ? "" : path + ": ") + e.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            boolean missing = String.valueOf(e.getOriginalMessage()).contains("`null`");
            return (path.isEmpty() ? "the file" : path) + (missing ? " is missing" : " has the wrong kind of value")
                    + ": expected " + expected(mismatch.getTargetType());
        }
        return (path.isEmpty() ? "" : path + ": ") + firstLine(e.getOriginalMessage());
    }

    /** The syntax error behind {@code e}, which Jackson wraps when it happens while binding; null when none. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && !(cause instanceof MismatchedInputException)) {
                return read;
            }
        }
        return null;
    }

    private static String spoken(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "an object {...}";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
