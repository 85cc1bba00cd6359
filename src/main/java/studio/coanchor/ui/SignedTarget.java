package studio.coanchor.ui;

import studio.coanchor.media.SignedUrl;

/**
 * A push URL signed by the backend for one anchor. The URL carries its signature: only {@link #shown} may appear on
 * screen or in a log.
 */
public record SignedTarget(String url, String anchor, String backend) {

    public String shown() {
        return SignedUrl.shown(url);
    }

    @Override
    public String toString() {
        return "SignedTarget[" + anchor + "@" + backend + " " + shown() + "]";
    }
}
