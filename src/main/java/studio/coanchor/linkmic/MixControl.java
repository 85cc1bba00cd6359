package studio.coanchor.linkmic;

import java.util.List;
import studio.coanchor.mix.MixAnswer;

/** How a room's owner sets the mix CDN viewers see. Calls block until the backend answers (retries included). */
public interface MixControl {
    /** The co-anchors' pictures over the owner's, in Tencent's co-anchor column. */
    MixAnswer mixCoAnchors(String ownerStream, List<String> coAnchorStreams) throws BackendException;

    /** The two PK anchors side by side, this room's owner on the left. */
    MixAnswer mixPk(String ownerStream, String peerStream) throws BackendException;

    /** Back to the owner's picture alone. */
    MixAnswer endMix(String ownerStream) throws BackendException;
}
