package studio.coanchor.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login tokens: 32 random bytes in Base64url, opaque to clients, valid for a fixed time. Only a digest of each
 * token is kept, so the table cannot be used to log in and is looked up without comparing secrets.
 */
final class Sessions implements TokenCheck {
    private static final int TOKEN_BYTES = 32;

    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byDigest = new ConcurrentHashMap<>();

    Sessions(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    IssuedToken issue(String userId) {
        Instant now = clock.instant();
        byDigest.values().removeIf(session -> !session.expiresAt().isAfter(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(lifetime);
        byDigest.put(digest(token), new Session(userId, expiresAt));
        return new IssuedToken(token, expiresAt);
    }

    @Override
    public Optional<String> userOf(String token) {
        if (token == null || token.isEmpty() || token.length() > 256) {
            return Optional.empty();
        }
        Session session = byDigest.get(digest(token));
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expiresAt().isAfter(clock.instant())) {
            byDigest.remove(digest(token), session);
            return Optional.empty();
        }
        return Optional.of(session.userId());
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Session(String userId, Instant expiresAt) {
    }
}
