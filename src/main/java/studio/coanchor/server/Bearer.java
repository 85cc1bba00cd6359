package studio.coanchor.server;

import io.javalin.http.Context;

/** Who is calling: the user of the request's {@code Authorization: Bearer} token, or a 401 refusal. */
final class Bearer {
    private static final String PREFIX = "Bearer ";

    private Bearer() {
    }

    static String userOf(Context ctx, TokenCheck tokens) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "log in first, then send the token from POST /api/login as"
                    + " 'Authorization: Bearer <token>'");
        }
        return tokens.userOf(header.substring(PREFIX.length()).trim()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiError(401, "the token is unknown or has expired; log in again");
        });
    }
}
