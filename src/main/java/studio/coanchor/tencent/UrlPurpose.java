package studio.coanchor.tencent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells push URLs from play URLs, to catch the most common mistake: pushing to a play URL or playing a push URL.
 * The evidence: Tencent's {@code livepush}/{@code liveplay} domains, recording parameters (push only), and the
 * HTTP-FLV and HLS forms (play only).
 */
public enum UrlPurpose {
    PUSH, PLAY, UNKNOWN;

    private static final Pattern RECORDING = Pattern.compile("(^|&)record(_interval|_type)?=");

    /** What the URL looks like it is for, with the reason in words; {@code UNKNOWN} when nothing tells. */
    public static Evidence of(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return new Evidence(UNKNOWN, "it is not a valid URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (host.contains("livepush")) {
            return new Evidence(PUSH, "its host " + host + " is a push domain");
        }
        if (RECORDING.matcher(query).find()) {
            return new Evidence(PUSH, "it asks for cloud recording, which only a push URL does");
        }
        if (host.contains("liveplay")) {
            return new Evidence(PLAY, "its host " + host + " is a play domain");
        }
        if (path.endsWith(".flv")) {
            return new Evidence(PLAY, "it is an HTTP-FLV (.flv) play URL");
        }
        if (path.endsWith(".m3u8")) {
            return new Evidence(PLAY, "it is an HLS (.m3u8) play URL");
        }
        return new Evidence(UNKNOWN, "nothing in it tells push from play");
    }

    /** A problem to report when {@code url} is about to be played, if it looks like a push URL. */
    public static Optional<String> problemPlaying(String url) {
        Evidence evidence = of(url);
        return evidence.purpose() == PUSH
                ? Optional.of("this is a push URL, not a play URL (" + evidence.reason() + "): play the stream"
                + " from the play domain, signed with the play key")
                : Optional.empty();
    }

    /** A problem to report when {@code url} is about to be pushed to, if it looks like a play URL. */
    public static Optional<String> problemPushing(String url) {
        Evidence evidence = of(url);
        return evidence.purpose() == PLAY
                ? Optional.of("this is a play URL, not a push URL (" + evidence.reason() + "): push to"
                + " rtmp://<push domain>/<app>/<stream>, signed with the push key")
                : Optional.empty();
    }

    /** A purpose and the reason it was concluded. */
    public record Evidence(UrlPurpose purpose, String reason) {
    }
}
