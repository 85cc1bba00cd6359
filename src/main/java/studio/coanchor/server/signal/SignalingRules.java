package studio.coanchor.server.signal;

import java.time.Duration;

/**
 * The numbers the signaling hub works by: how long an owner has to answer a request, how old a command may be,
 * how fast one connection may send (a token bucket of {@code burst} messages refilled at {@code messagesPerSecond};
 * after {@code floodDropLimit} drops without the bucket refilling, the connection is closed), and how often the
 * hub pings each connection to keep it alive, closing one that stays silent for {@code idleTimeout}.
 */
public record SignalingRules(Duration answerTimeout, Duration maxCommandAge, int messagesPerSecond, int burst,
                             int floodDropLimit, Duration pingInterval, Duration idleTimeout) {
    /** SPEC §5's ten seconds to answer and of age; 20 messages a second in bursts of 40; a ping every 10 s. */
    public static final SignalingRules DEFAULT = new SignalingRules(Duration.ofSeconds(10), Duration.ofSeconds(10),
            20, 40, 200, Duration.ofSeconds(10), Duration.ofSeconds(30));

    public SignalingRules {
        positive("answer timeout", answerTimeout);
        positive("command age limit", maxCommandAge);
        positive("ping interval", pingInterval);
        if (messagesPerSecond < 1 || burst < 1 || floodDropLimit < 1) {
            throw new IllegalArgumentException("message rate, burst and flood drop limit must be at least 1, were "
                    + messagesPerSecond + ", " + burst + " and " + floodDropLimit);
        }
        if (idleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("the idle timeout must be longer than the ping interval, were "
                    + idleTimeout.toMillis() + " ms and " + pingInterval.toMillis() + " ms");
        }
    }

    public SignalingRules withAnswerTimeout(Duration timeout) {
        return new SignalingRules(timeout, maxCommandAge, messagesPerSecond, burst, floodDropLimit, pingInterval,
                idleTimeout);
    }

    public SignalingRules withKeepAlive(Duration ping, Duration idle) {
        return new SignalingRules(answerTimeout, maxCommandAge, messagesPerSecond, burst, floodDropLimit, ping, idle);
    }

    private static void positive(String what, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + value.toMillis() + " ms");
        }
    }
}
