package studio.coanchor.mix;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an input of a mix is, with the {@code input_type} code of Mix_StreamV2. */
public enum InputType {
    AUDIO_VIDEO(0),
    IMAGE(2),
    /** A plain coloured background of the layout's size; it plays no stream. */
    CANVAS(3),
    PURE_AUDIO(4),
    PURE_VIDEO(5);

    private final int code;

    InputType(int code) {
        this.code = code;
    }

    /** The {@code input_type} value. */
    public int code() {
        return code;
    }

    /** Whether the input has a picture to crop and place (a pure audio input has none, a canvas is only a colour). */
    public boolean hasInputPicture() {
        return this != CANVAS && this != PURE_AUDIO;
    }

    /** The name a layout file uses: {@code audio_video}, {@code image}, {@code canvas}, {@code pure_audio}, ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type in words, as messages say it: "a canvas", "pure audio". */
    public String spoken() {
        return switch (this) {
            case AUDIO_VIDEO -> "an audio and video stream";
            case IMAGE -> "an image";
            case CANVAS -> "a canvas";
            case PURE_AUDIO -> "pure audio";
            case PURE_VIDEO -> "pure video";
        };
    }

    public static InputType ofCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst()
                .orElseThrow(() -> new LayoutException(LayoutRule.INPUT_TYPE, "input_type " + code
                        + " is not one Tencent knows: use " + Arrays.stream(values())
                        .map(type -> type.code + " " + type.fileName()).collect(Collectors.joining(", "))));
    }

    public static InputType ofFileName(String name) {
        return Arrays.stream(values()).filter(type -> type.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new LayoutException(LayoutRule.INPUT_TYPE, "input type '" + name
                        + "' is not known: use " + Arrays.stream(values()).map(InputType::fileName)
                        .collect(Collectors.joining(", "))));
    }
}
