package studio.coanchor.tencent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long signed URLs should live. A push that drops cannot resume once its URL has expired, so a URL with
 * less than {@link #WARN_BELOW} left earns a warning and an expired one is an error.
 */
public final class UrlLifetime {
    public static final Duration DEFAULT = Duration.ofHours(24);
    public static final Duration WARN_BELOW = Duration.ofHours(12);

    private UrlLifetime() {
    }

    /**
     * Returns a warning when the URL expires within {@link #WARN_BELOW}; throws {@link IllegalArgumentException}
     * when it has expired already.
     */
    public static Optional<String> check(TxTime txTime, Instant now) {
        Duration left = Duration.between(now, txTime.expiresAt());
        if (left.isNegative() || left.isZero()) {
            throw new IllegalArgumentException("the URL expired at " + txTime.expiresAt() + " (txTime "
                    + txTime.hex() + "); sign a new one");
        }
        if (left.compareTo(WARN_BELOW) < 0) {
            return Optional.of("the URL expires in " + readable(left) + " (at " + txTime.expiresAt() + "); a push"
                    + " cannot resume after a drop once its URL has expired, so sign for at least "
                    + WARN_BELOW.toHours() + " h");
        }
        return Optional.empty();
    }

    private static String readable(Duration left) {
        if (left.toHours() > 0) {
            return left.toHours() + " h " + left.toMinutesPart() + " min";
        }
        return left.toMinutes() > 0 ? left.toMinutes() + " min" : left.toSeconds() + " s";
    }
}
