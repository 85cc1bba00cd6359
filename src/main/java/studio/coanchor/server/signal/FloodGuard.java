package studio.coanchor.server.signal;

import java.time.Clock;

/**
 * The message budget of one connection: a token bucket. A flood ends when the bucket is full again; within one,
 * the first dropped message is answered with an error and the rest are dropped silently, and a flood that drops
 * more than the limit closes the connection.
 */
final class FloodGuard {
    enum Verdict {
        PASS,
        FIRST_DROP,
        DROP,
        CLOSE
    }

    private final Clock clock;
    private final double tokensPerMilli;
    private final int burst;
    private final int dropLimit;
    private double tokens;
    private long refilledAt;
    private int dropped;

    FloodGuard(Clock clock, SignalingRules rules) {
        this.clock = clock;
        this.tokensPerMilli = rules.messagesPerSecond() / 1000.0;
        this.burst = rules.burst();
        this.dropLimit = rules.floodDropLimit();
        this.tokens = burst;
        this.refilledAt = clock.millis();
    }

    synchronized Verdict admit() {
        long now = clock.millis();
        tokens = Math.min(burst, tokens + Math.max(0, now - refilledAt) * tokensPerMilli);
        refilledAt = now;
        if (tokens >= burst) {
            dropped = 0;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.PASS;
        }
        dropped++;
        if (dropped > dropLimit) {
            return Verdict.CLOSE;
        }
        return dropped == 1 ? Verdict.FIRST_DROP : Verdict.DROP;
    }
}
