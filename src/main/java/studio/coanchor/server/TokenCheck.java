package studio.coanchor.server;

import java.util.Optional;

/** Turns a bearer token into the user it was issued to. */
@FunctionalInterface
public interface TokenCheck {
    Optional<String> userOf(String token);
}
