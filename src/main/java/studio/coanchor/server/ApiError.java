package studio.coanchor.server;

import io.javalin.http.Context;
import java.util.Map;

/** A refused request: the HTTP status and one sentence for the client, which never holds a secret. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** Writes the refusal as {@code {"error": "..."}} with its status. */
    void answer(Context ctx) {
        ctx.status(status).json(Map.of("error", getMessage()));
    }
}
