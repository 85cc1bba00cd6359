package studio.coanchor.media;

/** A media failure that carries the event code a user sees, and a message saying what went wrong and what to do. */
public class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final EventCode code;

    public MediaException(EventCode code, String message) {
        super(message);
        this.code = code;
    }

    public MediaException(EventCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public EventCode code() {
        return code;
    }
}
