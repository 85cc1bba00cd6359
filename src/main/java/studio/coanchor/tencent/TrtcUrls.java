package studio.coanchor.tencent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Tencent RTC push and play addresses: {@code trtc://cloud.tencent.com/push|play/<stream>?sdkappid&userId&usersig}. */
public final class TrtcUrls {
    private TrtcUrls() {
    }

    public static String push(String streamId, long sdkAppId, String userId, String userSig) {
        return url("push", streamId, sdkAppId, userId, userSig);
    }

    public static String play(String streamId, long sdkAppId, String userId, String userSig) {
        return url("play", streamId, sdkAppId, userId, userSig);
    }

    private static String url(String action, String streamId, long sdkAppId, String userId, String userSig) {
        return "trtc://cloud.tencent.com/" + action + "/" + encode(streamId) + "?sdkappid=" + sdkAppId
                + "&userId=" + encode(userId) + "&usersig=" + encode(userSig);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
