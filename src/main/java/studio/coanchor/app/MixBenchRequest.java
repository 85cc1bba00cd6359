package studio.coanchor.app;

import java.time.Duration;

/**
 * A mix benchmark as asked for: the RTMP server and application the inputs and mixes go through, how long to measure
 * each mixer, and how many times to measure both in turn.
 */
record MixBenchRequest(String server, Duration duration, int rounds) {

    MixBenchRequest {
        if (server == null || server.isBlank()) {
            throw new IllegalArgumentException("Missing option: give --server rtmp://HOST[:PORT]/APP, an RTMP server"
                    + " and application the inputs and the mixes go through (nginx with its RTMP module on this"
                    + " machine, for instance)");
        }
        if (!LatencyBenchRequest.isServer(server)) {
            throw PushRequest.invalid("--server", server.replaceFirst("\\?.*", "?…"), "rtmp://HOST[:PORT]/APP");
        }
        if (duration.compareTo(Duration.ofSeconds(5)) < 0 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw PushRequest.invalid("--duration", PushRequest.spoken(duration), "5s to 10m");
        }
        if (rounds < 1 || rounds > 10) {
            throw PushRequest.invalid("--rounds", rounds, "1 to 10");
        }
        server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    /** A URL for a stream of this benchmark on the server. */
    String stream(String name) {
        return server + "/" + name;
    }
}
