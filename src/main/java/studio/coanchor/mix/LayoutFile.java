package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Layouts as JSON files:
 * <pre>{@code
 * { "width": 540, "height": 960, "scheme": "classic",
 *   "boxes": [ { "stream": "8888_denny", "layer": 1, "x": 0, "y": 0, "width": 540, "height": 960 },
 *              { "stream": "8888_rex", "layer": 2, "x": 380, "y": 630, "width": 160, "height": 240,
 *                "input": "pure_video", "crop": { "width": 320, "height": 480, "x": 0, "y": 0 } } ] }
 * }</pre>
 * {@code scheme} ({@code classic} or {@code extended}) may be left out for {@code classic}, a box's {@code input} for
 * {@code audio_video}; a canvas may have a {@code color} {@code 0xRRGGBB}. A file is written whole to a temporary
 * file beside it and then moved over it, so a failed save never leaves a half-written layout.
 */
public final class LayoutFile {

    private LayoutFile() {
    }

    /**
     * Reads and checks a layout file.
     *
     * @throws IOException         when the file cannot be read
     * @throws MixFormatException  when it is not a layout, naming the file, the field and the rule broken
     */
    public static Layout read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new MixFormatException("layout file " + file + " is not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such layout file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(file.toString(), null, "the layout file cannot be read: access denied");
        }
        return fromJson(text, "layout file " + file);
    }

    /** Writes {@code layout} to {@code file} through a temporary file in the same folder and an atomic move. */
    public static void write(Path file, Layout layout) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap((toJson(layout) + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static String toJson(Layout layout) {
        return StrictJson.pretty(FileLayout.of(layout));
    }

    /** Reads a layout from JSON text; {@code what} names the text in messages. */
    public static Layout fromJson(String json, String what) {
        FileLayout file = StrictJson.read(json, FileLayout.class, what);
        try {
            return file.toLayout();
        } catch (LayoutException e) {
            throw new MixFormatException(what + ": " + e.getMessage(), e);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record FileLayout(@JsonProperty(required = true) int width, @JsonProperty(required = true) int height,
                              String scheme, @JsonProperty(required = true) List<FileBox> boxes) {

        static FileLayout of(Layout layout) {
            return new FileLayout(layout.picture().width(), layout.picture().height(),
                    layout.scheme().name().toLowerCase(Locale.ROOT), layout.boxes().stream().map(FileBox::of).toList());
        }

        Layout toLayout() {
            if (boxes == null) {
                throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE, "'boxes' is null: list the boxes, layer 1 first");
            }
            return new Layout(new PictureSize(width, height), scheme(scheme), boxes.stream().map(FileBox::toBox).toList());
        }

        private static MixScheme scheme(String name) {
            if (name == null || name.equals("classic")) {
                return MixScheme.CLASSIC;
            }
            if (name.equals("extended")) {
                return MixScheme.EXTENDED;
            }
            throw new LayoutException(LayoutRule.INPUT_COUNT, "scheme '" + name + "' is not known: use classic or extended");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record FileBox(@JsonProperty(required = true) String stream, @JsonProperty(required = true) int layer,
                           @JsonProperty(required = true) int x, @JsonProperty(required = true) int y,
                           @JsonProperty(required = true) int width, @JsonProperty(required = true) int height,
                           String input, FileCrop crop, String color) {

        static FileBox of(Box box) {
            return new FileBox(box.streamId(), box.layer(), box.x(), box.y(), box.width(), box.height(),
                    box.inputType() == InputType.AUDIO_VIDEO ? null : box.inputType().fileName(),
                    box.crop().map(FileCrop::of).orElse(null), box.color().map(CanvasColor::hex).orElse(null));
        }

        Box toBox() {
            InputType type = input == null ? InputType.AUDIO_VIDEO : InputType.ofFileName(input);
            return new Box(stream, layer, x, y, width, height, type,
                    Optional.ofNullable(crop).map(FileCrop::toCrop), Optional.ofNullable(color).map(CanvasColor::parse));
        }
    }

    private record FileCrop(@JsonProperty(required = true) int width, @JsonProperty(required = true) int height,
                            @JsonProperty(required = true) int x, @JsonProperty(required = true) int y) {

        static FileCrop of(Crop crop) {
            return new FileCrop(crop.width(), crop.height(), crop.x(), crop.y());
        }

        Crop toCrop() {
            return new Crop(width, height, x, y);
        }
    }
}
