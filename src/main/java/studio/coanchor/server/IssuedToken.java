package studio.coanchor.server;

import java.time.Instant;

/** A login token and when it stops working; its text form hides the token. */
record IssuedToken(String token, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedToken[hidden, expires " + expiresAt + "]";
    }
}
