package studio.coanchor.play;

import studio.coanchor.media.EventCode;

/**
 * Opening or reading the stream failed. {@code final} failures (nothing to play at that address, or not a stream at
 * all) end playback at once with their own error code; the others are warnings followed by another attempt.
 */
final class InputFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final EventCode code;
    private final boolean terminal;

    InputFailure(EventCode code, String message, boolean terminal) {
        super(message);
        this.code = code;
        this.terminal = terminal;
    }

    EventCode code() {
        return code;
    }

    boolean terminal() {
        return terminal;
    }
}
