package studio.coanchor.play;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import studio.coanchor.media.SignedUrl;

/**
 * What the player pulls: {@code rtmp[s]://host/app/stream}, or an {@code http[s]://} URL that serves HLS (a path
 * ending in {@code .m3u8}) or HTTP-FLV (any other path). Only {@link #shown()} may appear in events and logs: the
 * query is where Tencent's txSecret and txTime travel.
 */
public record PlayUrl(String url, Protocol protocol) {

    public enum Protocol {
        RTMP,
        HTTP_FLV,
        HLS
    }

    public PlayUrl {
        if (url == null || protocol == null) {
            throw new IllegalArgumentException("a play URL and its protocol are required");
        }
    }

    /** Checks {@code url} and tells its protocol; the message of a failure names what is wrong and what works. */
    public static PlayUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a play URL is required: rtmp://HOST/APP/STREAM, or an http(s):// URL"
                    + " of an HTTP-FLV (.flv) or HLS (.m3u8) stream");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + SignedUrl.shown(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        switch (scheme) {
            case "rtmp", "rtmps" -> {
                long parts = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).count();
                if (uri.getHost() == null || parts < 2) {
                    throw new IllegalArgumentException("an RTMP play URL needs a host, an app and a stream name "
                            + "(rtmp://HOST/APP/STREAM), was " + SignedUrl.shown(url));
                }
                return new PlayUrl(url, Protocol.RTMP);
            }
            case "http", "https" -> {
                if (uri.getHost() == null || path.isEmpty() || path.equals("/")) {
                    throw new IllegalArgumentException("an HTTP play URL needs a host and the stream's path "
                            + "(http://HOST/APP/STREAM.flv or .m3u8), was " + SignedUrl.shown(url));
                }
                boolean hls = path.toLowerCase(Locale.ROOT).endsWith(".m3u8");
                return new PlayUrl(url, hls ? Protocol.HLS : Protocol.HTTP_FLV);
            }
            default -> throw new IllegalArgumentException("cannot play " + SignedUrl.shown(url) + ": the URL must start"
                    + " with rtmp://, rtmps://, http:// or https:// (HTTP-FLV or HLS)");
        }
    }

    public String host() {
        return URI.create(url).getHost();
    }

    /** The URL without its query string. */
    public String shown() {
        return SignedUrl.shown(url);
    }

    @Override
    public String toString() {
        return protocol + " " + shown();
    }
}
