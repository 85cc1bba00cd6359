package studio.coanchor.linkmic;

/** The backend could not be reached or refused a request; the message says which and what to do, without secrets. */
public final class BackendException extends Exception {
    private static final long serialVersionUID = 1L;

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
