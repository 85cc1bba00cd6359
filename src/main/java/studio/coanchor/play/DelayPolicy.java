package studio.coanchor.play;

import java.time.Duration;

/**
 * A delay-control mode with its cache limits (SPEC §3). Only {@link DelayMode#AUTO} takes limits of its own; the
 * other modes have Tencent's fixed ones: ACC none to 400 ms, SPEEDY 1 s, SMOOTH 5 s.
 *
 * @param minCache what playback keeps in hand after a stall (AUTO starts there and moves up after stalls)
 * @param maxCache the most the cache may hold before playback catches up
 */
public record DelayPolicy(DelayMode mode, Duration minCache, Duration maxCache) {
    public static final Duration SHORTEST_AUTO_CACHE = Duration.ofMillis(100);
    public static final Duration LONGEST_CACHE = Duration.ofSeconds(30);

    public DelayPolicy {
        if (mode == null || minCache == null || maxCache == null) {
            throw new IllegalArgumentException("a delay mode and its cache limits are required");
        }
        if (mode == DelayMode.AUTO) {
            if (minCache.compareTo(SHORTEST_AUTO_CACHE) < 0 || maxCache.compareTo(LONGEST_CACHE) > 0
                    || minCache.compareTo(maxCache) > 0) {
                throw new IllegalArgumentException("auto cache limits must satisfy 100 ms <= minimum <= maximum <= 30 s,"
                        + " were " + minCache.toMillis() + " ms and " + maxCache.toMillis() + " ms");
            }
        } else if (!minCache.equals(fixedMin(mode)) || !maxCache.equals(fixedMax(mode))) {
            throw new IllegalArgumentException("only the AUTO mode takes cache limits; " + mode + " keeps "
                    + fixedMin(mode).toMillis() + "-" + fixedMax(mode).toMillis() + " ms");
        }
    }

    /** The mode with its default limits (AUTO: 1 s to 5 s). */
    public static DelayPolicy of(DelayMode mode) {
        return new DelayPolicy(mode, fixedMin(mode), fixedMax(mode));
    }

    public static DelayPolicy auto(Duration minCache, Duration maxCache) {
        return new DelayPolicy(DelayMode.AUTO, minCache, maxCache);
    }

    private static Duration fixedMin(DelayMode mode) {
        return switch (mode) {
            case ACC -> Duration.ZERO;
            case SPEEDY, AUTO -> Duration.ofSeconds(1);
            case SMOOTH -> Duration.ofSeconds(5);
        };
    }

    private static Duration fixedMax(DelayMode mode) {
        return switch (mode) {
            case ACC -> Duration.ofMillis(400);
            case SPEEDY -> Duration.ofSeconds(1);
            case AUTO, SMOOTH -> Duration.ofSeconds(5);
        };
    }
}
