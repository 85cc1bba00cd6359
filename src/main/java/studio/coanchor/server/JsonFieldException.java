package studio.coanchor.server;

/** A JSON document of the wrong shape; the message names the field by its path and never quotes its value. */
final class JsonFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    JsonFieldException(String message) {
        super(message);
    }
}
