package studio.coanchor.app;

import java.util.Optional;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.Pusher;

/** The studio before it goes live: the anchor's chosen picture (HD, landscape) and no pusher to retune. */
final class OfflinePush implements AnchorPush {
    @Override
    public VideoSettings requestedVideo() {
        return QualityPreset.HD.settings(Orientation.LANDSCAPE);
    }

    @Override
    public Orientation orientation() {
        return Orientation.LANDSCAPE;
    }

    @Override
    public Optional<Pusher> currentPusher() {
        return Optional.empty();
    }

    @Override
    public void addPushListener(MediaEventListener listener) {
    }
}
