package studio.coanchor.media;

/** How a stream URL may be shown in events, logs and messages: its query, where Tencent's txSecret travels, hidden. */
public final class SignedUrl {
    private SignedUrl() {
    }

    public static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
