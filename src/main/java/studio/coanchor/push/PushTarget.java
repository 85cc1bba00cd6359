package studio.coanchor.push;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/** Push URLs: what one must look like, and how one may appear in events and logs (never with its signature). */
public final class PushTarget {
    private PushTarget() {
    }

    /** Throws with a message naming the problem when {@code url} is not {@code rtmp[s]://host/app/stream}. */
    public static void check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + shown(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("rtmp") && !scheme.equals("rtmps")) {
            throw new IllegalArgumentException("push URL must start with rtmp:// or rtmps://, was " + shown(url));
        }
        long pathParts = uri.getPath() == null ? 0
                : Arrays.stream(uri.getPath().split("/")).filter(part -> !part.isEmpty()).count();
        if (uri.getHost() == null || pathParts < 2) {
            throw new IllegalArgumentException("push URL needs a host, an app and a stream name "
                    + "(rtmp://host/app/stream), was " + shown(url));
        }
    }

    /** The URL without its query string, where Tencent's txSecret and txTime travel. */
    public static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
