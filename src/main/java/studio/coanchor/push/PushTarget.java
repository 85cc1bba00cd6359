package studio.coanchor.push;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import studio.coanchor.media.SignedUrl;

/** What a push URL must look like. */
public final class PushTarget {
    private PushTarget() {
    }

    /** Throws with a message naming the problem when {@code url} is not {@code rtmp[s]://host/app/stream}. */
    public static void check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + SignedUrl.shown(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("rtmp") && !scheme.equals("rtmps")) {
            throw new IllegalArgumentException("push URL must start with rtmp:// or rtmps://, was " + SignedUrl.shown(url));
        }
        long pathParts = uri.getPath() == null ? 0
                : Arrays.stream(uri.getPath().split("/")).filter(part -> !part.isEmpty()).count();
        if (uri.getHost() == null || pathParts < 2) {
            throw new IllegalArgumentException("push URL needs a host, an app and a stream name "
                    + "(rtmp://host/app/stream), was " + SignedUrl.shown(url));
        }
    }
}
