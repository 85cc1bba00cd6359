package studio.coanchor.encode;

/**
 * What probing one H.264 encoder found.
 *
 * @param present the FFmpeg build has the encoder
 * @param opens   it opened at a small size on this machine
 * @param detail  the encoder's FFmpeg name when it opens; otherwise why not, in FFmpeg's words
 */
public record EncoderProbe(EncoderChoice choice, boolean present, boolean opens, String detail) {
}
