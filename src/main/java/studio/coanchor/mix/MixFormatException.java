package studio.coanchor.mix;

/**
 * Text that is not the JSON expected (a layout file or a Mix_StreamV2 request): the message names the field by its
 * path, e.g. {@code interface.para.input_stream_list[1].layout_params.image_width}, and what is wrong with it.
 */
public final class MixFormatException extends IllegalArgumentException {

    public MixFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
