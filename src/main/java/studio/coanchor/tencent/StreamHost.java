package studio.coanchor.tencent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where streams of one domain live, as two URL bases: {@code rtmp://...} and {@code http://...}.
 *
 * <p>A plain host name ({@code 8888.livepush.myqcloud.com}) serves RTMP and HTTP on their default ports. A full
 * base names its scheme and port: {@code rtmp://127.0.0.1:1935} (a plain RTMP server; HTTP-FLV and HLS are then
 * assumed on the same host's default HTTP port), {@code rtmps://host}, or {@code http[s]://host:port} (HTTP forms
 * on that base, RTMP on the host's default port).
 */
public record StreamHost(String rtmpBase, String httpBase) {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

    public static StreamHost parse(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("the domain is empty; give a host name or a base such as"
                    + " rtmp://127.0.0.1:1935");
        }
        String text = domain.trim();
        if (!text.contains("://")) {
            if (!HOST_NAME.matcher(text).matches()) {
                throw new IllegalArgumentException("domain '" + text + "' is not a host name; give a host name"
                        + " or a base such as rtmp://127.0.0.1:1935");
            }
            return new StreamHost("rtmp://" + text, "http://" + text);
        }
        URI uri = base(text);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String hostAndPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return switch (scheme) {
            case "rtmp" -> new StreamHost("rtmp://" + hostAndPort, "http://" + uri.getHost());
            case "rtmps" -> new StreamHost("rtmps://" + hostAndPort, "https://" + uri.getHost());
            case "http", "https" -> new StreamHost("rtmp://" + uri.getHost(), scheme + "://" + hostAndPort);
            default -> throw new IllegalArgumentException("domain '" + text + "' has scheme " + scheme
                    + "; use rtmp, rtmps, http or https");
        };
    }

    private static URI base(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("domain '" + text + "' is not a valid URL base");
        }
        boolean bare = uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null
                && uri.getFragment() == null && (uri.getPath() == null || uri.getPath().isEmpty()
                || uri.getPath().equals("/"));
        if (!bare) {
            throw new IllegalArgumentException("domain '" + text + "' must be a scheme, a host and at most a port,"
                    + " such as rtmp://127.0.0.1:1935 (the app and stream are added to it)");
        }
        return uri;
    }
}
