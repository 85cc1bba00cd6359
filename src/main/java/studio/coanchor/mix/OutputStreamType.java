package studio.coanchor.mix;

/** Mix_StreamV2's {@code output_stream_type}: where the mixed picture goes. */
public enum OutputStreamType {
    /** The output replaces the background input's stream (its ID is one of the inputs). */
    BACKGROUND,
    /** The output is a new stream (its ID is none of the inputs). */
    NEW_STREAM;

    public int code() {
        return ordinal();
    }
}
