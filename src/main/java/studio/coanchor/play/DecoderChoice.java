package studio.coanchor.play;

/** Which video decoder the player asks for. */
public enum DecoderChoice {
    /** A hardware decoder when the machine has a device for one, software otherwise. */
    AUTO,
    /** A hardware decoder; when none starts the player warns with 2106 and decodes in software. */
    HARDWARE,
    SOFTWARE
}
