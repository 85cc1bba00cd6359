package studio.coanchor.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Limits password guessing per user ID: at most {@code maxAttempts} unsuccessful logins within {@code window}.
 * An attempt counts as it starts, so parallel guesses are limited too; a successful login clears the count.
 */
final class LoginThrottle {
    static final int MAX_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int PRUNE_ABOVE_USERS = 1000;

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    LoginThrottle(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt for {@code userId}, or returns how long to wait when it has had too many. */
    synchronized Optional<Duration> attempt(String userId) {
        Instant now = clock.instant();
        if (attempts.size() > PRUNE_ABOVE_USERS) {
            attempts.values().removeIf(times -> times.isEmpty() || times.peekLast().plus(window).isBefore(now));
        }
        Deque<Instant> times = attempts.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        if (times.size() >= maxAttempts) {
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
        times.addLast(now);
        return Optional.empty();
    }

    synchronized void succeeded(String userId) {
        attempts.remove(userId);
    }
}
