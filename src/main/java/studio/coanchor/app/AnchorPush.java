package studio.coanchor.app;

import java.util.Optional;
import studio.coanchor.encode.Orientation;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.Pusher;

/**
 * The anchor's own push as co-anchoring sees it: the picture the anchor chose, and the pusher that carries it while
 * live, which a co-anchor role retunes. A headless {@link Broadcast} is one; the studio's engine, which starts a new
 * pusher at every go-live, is another.
 */
interface AnchorPush {
    /** The picture the anchor chose, before any co-anchor role changed it. */
    VideoSettings requestedVideo();

    Orientation orientation();

    /** The pusher of the current broadcast; empty while not live. */
    Optional<Pusher> currentPusher();

    /** Voice processing as in a co-anchor preset ({@code true}) or not: the parts left on auto follow. */
    void linkMic(boolean on);

    /** Follows the events of this broadcast's push and of every later one's. */
    void addPushListener(MediaEventListener listener);
}
