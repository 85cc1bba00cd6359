package studio.coanchor.push;

import studio.coanchor.media.EventCode;

/** An FFmpeg muxing or network failure, classified into the push warning a user sees. */
final class MuxerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient EventCode code;

    MuxerException(EventCode code, String message) {
        super(message);
        this.code = code;
    }

    EventCode code() {
        return code;
    }
}
