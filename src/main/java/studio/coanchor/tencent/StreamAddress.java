package studio.coanchor.tencent;

import java.util.regex.Pattern;

/** One stream on one domain, before signing: {@code <base>/<app>/<stream>}. */
public record StreamAddress(StreamHost host, String app, String stream) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    public StreamAddress {
        check("app", app);
        check("stream name", stream);
    }

    private static void check(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' may hold only letters, digits, '_' and '-'"
                    + " (1 to 128 characters)");
        }
    }

    String rtmp() {
        return host.rtmpBase() + "/" + app + "/" + stream;
    }

    String flv() {
        return host.httpBase() + "/" + app + "/" + stream + ".flv";
    }

    String hls() {
        return host.httpBase() + "/" + app + "/" + stream + ".m3u8";
    }
}
