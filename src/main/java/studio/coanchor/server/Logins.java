package studio.coanchor.server;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/login {userId, password}} -> {@code {token, expiresAt, userId}}. An unknown user costs the same
 * hashing as a known one, so answers do not tell which user IDs exist.
 */
final class Logins {
    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);
    private static final int MAX_PASSWORD = 1024;

    private final BackendConfig config;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final PasswordHash decoy;

    Logins(BackendConfig config, Sessions sessions, LoginThrottle throttle) {
        this.config = config;
        this.sessions = sessions;
        this.throttle = throttle;
        SecureRandom random = new SecureRandom();
        char[] nobodysPassword = Long.toHexString(random.nextLong()).toCharArray();
        this.decoy = PasswordHash.create(nobodysPassword, config.users().get(0).passwordHash().iterations(), random);
    }

    void login(Context ctx) {
        JsonFields body = RequestBody.json(ctx).allowOnly(Set.of("userId", "password"));
        String userId = body.id("userId");
        char[] password = body.text("password", MAX_PASSWORD).toCharArray();
        try {
            Optional<Duration> wait = throttle.attempt(userId);
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                ctx.header("Retry-After", Long.toString(seconds));
                LOG.warn("login for {} refused: too many attempts", userId);
                throw new ApiError(429, "too many failed logins for '" + userId + "'; try again in " + seconds
                        + " s");
            }
            boolean matches = config.user(userId)
                    .map(user -> user.passwordHash().matches(password))
                    .orElseGet(() -> {
                        decoy.matches(password);
                        return false;
                    });
            if (!matches) {
                LOG.info("login for {} refused: wrong user ID or password", userId);
                throw new ApiError(401, "wrong user ID or password");
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        throttle.succeeded(userId);
        IssuedToken token = sessions.issue(userId);
        LOG.info("{} logged in", userId);
        ctx.json(Map.of("token", token.token(), "expiresAt", token.expiresAt().toString(), "userId", userId));
    }
}
