package studio.coanchor.ui.coanchor;

import studio.coanchor.linkmic.LinkEvent;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.PreviewImage;

/** What a co-anchor session reports while a room is joined. Called on the engine's threads, never on the FX thread. */
public interface CoanchorListener {

    /** Something happened in the room; {@link LinkEvent#room()} carries its members when they change. */
    void onLinkEvent(LinkEvent event);

    /** A linked anchor's stream starts playing; its pictures arrive in {@code video} until it is removed. */
    void onPeerAdded(String peerId, LatestFrameSlot<PreviewImage> video);

    /** A play event (Tencent's 2xxx codes) of a linked anchor's stream. */
    void onPeerEvent(String peerId, MediaEvent event);

    /**
     * Whether a linked anchor's pictures play live now: false while its stream connects, loads, reconnects, or after
     * it ended.
     */
    void onPeerPlaying(String peerId, boolean playing);

    /** A linked anchor's playback figures, about once a second. */
    void onPeerStatus(String peerId, PlayStatus status);

    /** A linked anchor's stream stopped playing: the link or PK ended. */
    void onPeerRemoved(String peerId);
}
