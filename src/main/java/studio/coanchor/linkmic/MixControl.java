package studio.coanchor.linkmic;

import java.util.List;

/** How a room's owner sets the mix CDN viewers see. Calls block until the backend answers (retries included). */
public interface MixControl {
    /** The co-anchors' pictures over the owner's, in Tencent's co-anchor column. */
    MixAnswer mixCoAnchors(String ownerStream, List<String> coAnchorStreams);

    /** The two PK anchors side by side, this room's owner on the left. */
    MixAnswer mixPk(String ownerStream, String peerStream);

    /** Back to the owner's picture alone. */
    MixAnswer endMix(String ownerStream);

    /** The backend's answer: Tencent's code and what it means in words. */
    record MixAnswer(int code, String message) {
        public boolean succeeded() {
            return code == 0;
        }
    }
}
