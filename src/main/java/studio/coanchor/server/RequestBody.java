package studio.coanchor.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request's JSON body, refusing one over {@link #MAX_BYTES} before it is parsed. */
final class RequestBody {
    static final int MAX_BYTES = 16 * 1024;
    private static final String WHAT = "the request body";

    private RequestBody() {
    }

    static JsonFields json(Context ctx) {
        return JsonFields.of(StrictJson.parse(bytes(ctx), WHAT), WHAT);
    }

    /** As {@link #json}, with an empty body read as {@code {}}. */
    static JsonFields jsonOrEmpty(Context ctx) {
        byte[] bytes = bytes(ctx);
        boolean blank = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank();
        return JsonFields.of(StrictJson.parse(blank ? "{}".getBytes() : bytes, WHAT), WHAT);
    }

    private static byte[] bytes(Context ctx) {
        if (ctx.contentLength() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, WHAT + " could not be read");
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, WHAT + " is larger than " + MAX_BYTES + " bytes");
    }
}
