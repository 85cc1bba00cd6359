package studio.coanchor.server;

import java.time.Duration;

/** How a mix call that failed is repeated: {@code maxRetries} more attempts, {@code interval} apart. */
public record MixRetry(Duration interval, int maxRetries) {
    /** Tencent's advice: an input that has just started may not be known yet; retry every 2 s, at most 5 times. */
    public static final MixRetry TENCENT = new MixRetry(Duration.ofSeconds(2), 5);

    public MixRetry {
        if (interval.isNegative() || maxRetries < 0) {
            throw new IllegalArgumentException("a retry interval and count cannot be negative");
        }
    }
}
