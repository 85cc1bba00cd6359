package studio.coanchor.app;

import java.time.Duration;

/**
 * A soak as asked for: the RTMP server and application to push through and play back from, and how long. The first
 * quarter of the run (five minutes at most) is warm-up, left out of the trends.
 */
public record SoakRequest(String server, Duration duration) {
    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(24);
    private static final Duration LONGEST_WARM_UP = Duration.ofMinutes(5);

    public SoakRequest {
        server = LatencyBenchRequest.checkedServer(server);
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw PushRequest.invalid("--duration", spoken(duration), "1m to 24h");
        }
    }

    Duration warmUp() {
        Duration quarter = duration.dividedBy(4);
        return quarter.compareTo(LONGEST_WARM_UP) > 0 ? LONGEST_WARM_UP : quarter;
    }

    /** {@code 2h}, {@code 30m} or {@code 45s}: in the largest unit that says it exactly. */
    static String spoken(Duration value) {
        long seconds = value.toSeconds();
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds > 0 && seconds % 60 == 0 ? seconds / 60 + "m" : PushRequest.spoken(value);
    }

    /** A URL for a stream of this soak on the server. */
    String stream(String name) {
        return server + "/" + name;
    }
}
