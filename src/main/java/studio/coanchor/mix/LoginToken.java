package studio.coanchor.mix;

import java.time.Instant;
import java.util.Objects;

/** The bearer token the backend gives at login, and when it stops working. Its text never appears in {@link #toString()}. */
public record LoginToken(String token, Instant expiresAt) {

    public LoginToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "LoginToken[expiresAt=" + expiresAt + "]";
    }
}
