package studio.coanchor.push;

/** How a push URL may appear in events and logs: its signature (the query string) is never shown. */
final class PushTarget {
    private PushTarget() {
    }

    static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
