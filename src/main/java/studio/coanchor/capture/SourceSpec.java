package studio.coanchor.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the user asked to capture, from {@code --source test|camera[:ID]|screen[:X,Y,W,H]|file:PATH} and
 * {@code --audio tone|mic[:ID]|none}. A file brings its own sound unless the audio is none or a microphone.
 *
 * @param camera     camera ID for {@link Video#CAMERA}, null for the default camera
 * @param region     screen area for {@link Video#SCREEN}, null for the whole screen
 * @param file       media file for {@link Video#FILE}
 * @param microphone microphone ID for {@link Audio#MIC}, null for the default microphone
 */
public record SourceSpec(Video video, String camera, Region region, Path file, Audio audio, String microphone) {
    private static final String SOURCES = "use test, camera[:ID], screen[:X,Y,W,H] or file:PATH";
    private static final String AUDIOS = "use tone, mic[:ID] or none";

    public enum Video { TEST, CAMERA, SCREEN, FILE }

    public enum Audio { TONE, MIC, NONE, FILE }

    /** A screen area in pixels from the top-left corner of the screen. */
    public record Region(int x, int y, int width, int height) {
    }

    /** Parses the two options; null means the default ({@code test}, {@code tone}). */
    public static SourceSpec parse(String video, String audio) {
        String source = video == null ? "test" : video.trim();
        String sound = audio == null ? "tone" : audio.trim();
        if (source.endsWith(":") && !source.equalsIgnoreCase("file:")) {
            throw new IllegalArgumentException("'" + source + "' names no device or file after ':': " + SOURCES);
        }
        if (sound.endsWith(":")) {
            throw new IllegalArgumentException("'" + sound + "' names no microphone after ':': " + AUDIOS);
        }
        String kind = before(source, ':').toLowerCase(Locale.ROOT);
        String argument = after(source, ':');
        Audio audioKind = parseAudio(sound);
        String microphone = audioKind == Audio.MIC ? after(sound, ':') : null;
        switch (kind) {
            case "test" -> {
                requireNoArgument(source, argument);
                return new SourceSpec(Video.TEST, null, null, null, audioKind, microphone);
            }
            case "camera" -> {
                return new SourceSpec(Video.CAMERA, argument, null, null, audioKind, microphone);
            }
            case "screen" -> {
                Region region = argument == null ? null : parseRegion(argument);
                return new SourceSpec(Video.SCREEN, null, region, null, audioKind, microphone);
            }
            case "file" -> {
                Path file = existingFile(source, argument);
                Audio fileAudio = audioKind == Audio.TONE ? Audio.FILE : audioKind;
                return new SourceSpec(Video.FILE, null, null, file, fileAudio, microphone);
            }
            default -> throw new IllegalArgumentException("unknown source '" + source + "': " + SOURCES);
        }
    }

    private static Audio parseAudio(String sound) {
        String kind = before(sound, ':').toLowerCase(Locale.ROOT);
        String argument = after(sound, ':');
        switch (kind) {
            case "tone", "none" -> {
                if (argument != null) {
                    throw new IllegalArgumentException("unknown audio '" + sound + "': " + AUDIOS);
                }
                return kind.equals("tone") ? Audio.TONE : Audio.NONE;
            }
            case "mic" -> {
                return Audio.MIC;
            }
            default -> throw new IllegalArgumentException("unknown audio '" + sound + "': " + AUDIOS);
        }
    }

    private static Region parseRegion(String argument) {
        String[] parts = argument.split(",", -1);
        String problem = "bad screen region '" + argument + "': use screen:X,Y,W,H with whole numbers, X and Y"
                + " 0 or more, W and H above 0 (for example screen:0,0,1280,720)";
        if (parts.length != 4) {
            throw new IllegalArgumentException(problem);
        }
        int[] values = new int[4];
        try {
            for (int i = 0; i < 4; i++) {
                values[i] = Integer.parseInt(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem, e);
        }
        if (values[0] < 0 || values[1] < 0 || values[2] <= 0 || values[3] <= 0) {
            throw new IllegalArgumentException(problem);
        }
        return new Region(values[0], values[1], values[2], values[3]);
    }

    private static Path existingFile(String source, String argument) {
        if (argument == null) {
            throw new IllegalArgumentException("source '" + source + "' names no file: use file:PATH");
        }
        Path file = Path.of(argument);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("media file '" + argument + "' does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("media file '" + argument + "' is not a readable file");
        }
        return file;
    }

    private static void requireNoArgument(String source, String argument) {
        if (argument != null) {
            throw new IllegalArgumentException("unknown source '" + source + "': " + SOURCES);
        }
    }

    private static String before(String text, char separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }

    /** What follows the first separator, or null when there is none or nothing follows it. */
    private static String after(String text, char separator) {
        int at = text.indexOf(separator);
        if (at < 0) {
            return null;
        }
        String rest = text.substring(at + 1).trim();
        return rest.isEmpty() ? null : rest;
    }
}
