package studio.coanchor.media;

import java.time.Duration;

/**
 * How often and how far apart a pusher or a player tries to (re)connect before giving up, with -1307 or -2301
 * (SPEC §1 and §3: 3 attempts 3 s apart by default; 1-10 attempts, 3-30 s apart).
 */
public record ReconnectPolicy(int attempts, Duration interval) {
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(3, Duration.ofSeconds(3));

    public ReconnectPolicy {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("retry count must be 1 to 10, was " + attempts);
        }
        if (interval.compareTo(Duration.ofSeconds(3)) < 0 || interval.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("retry interval must be 3 s to 30 s, was " + interval.toMillis() + " ms");
        }
    }
}
