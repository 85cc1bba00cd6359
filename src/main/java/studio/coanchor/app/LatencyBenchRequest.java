package studio.coanchor.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * A latency benchmark as asked for: the RTMP server and application to push through and play back from, and how
 * long to measure each pair.
 */
public record LatencyBenchRequest(String server, Duration duration) {

    public LatencyBenchRequest {
        server = checkedServer(server);
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw PushRequest.invalid("--duration", PushRequest.spoken(duration), "1s to 10m");
        }
    }

    /** {@code --server} as the benchmarks take it, without a trailing slash; a missing or bad one throws saying so. */
    static String checkedServer(String server) {
        if (server == null || server.isBlank()) {
            throw new IllegalArgumentException("Missing option: give --server rtmp://HOST[:PORT]/APP, an RTMP server"
                    + " and application to push through and play back from (nginx with its RTMP module on this"
                    + " machine, for instance)");
        }
        if (!isServer(server)) {
            throw PushRequest.invalid("--server", server.replaceFirst("\\?.*", "?…"), "rtmp://HOST[:PORT]/APP");
        }
        return server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    /** Whether {@code server} is {@code rtmp[s]://HOST[:PORT]/APP}, the form every benchmark's --server takes. */
    static boolean isServer(String server) {
        try {
            URI uri = new URI(server);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            long parts = uri.getPath() == null ? 0
                    : Arrays.stream(uri.getPath().split("/")).filter(part -> !part.isEmpty()).count();
            return (scheme.equals("rtmp") || scheme.equals("rtmps")) && uri.getHost() != null && parts == 1
                    && uri.getQuery() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A URL for a stream of this benchmark on the server. */
    String stream(String name) {
        return server + "/" + name;
    }
}
