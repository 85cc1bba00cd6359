package studio.coanchor.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.Pusher;

/**
 * The anchor's own push as the studio runs it: no pusher until the anchor goes live (HD landscape chosen), then a
 * test-pattern broadcast to the URL given, whose events reach every push listener registered before.
 */
final class StudioPush implements AnchorPush, AutoCloseable {
    private final List<MediaEventListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Broadcast broadcast;

    /** The HD test pattern and tone, pushed to {@code url}, with the latency stamp or not. */
    static PushRequest testPattern(String url, boolean latencyStamp) {
        return new PushRequest("test", "tone", "HD", "landscape", "x264", Optional.of(url), Optional.empty(),
                Optional.empty(), latencyStamp, 3, Duration.ofSeconds(3), PictureOverride.NONE,
                VoiceSwitches.AUTO, AutoBitrate.OFF);
    }

    /** Goes live on {@code url} with the HD test pattern and tone. */
    void goLive(String url) throws MediaException {
        Broadcast next = new Broadcast(testPattern(url, false));
        listeners.forEach(next::addPushListener);
        broadcast = next;
        next.start(event -> { });
    }

    @Override
    public VideoSettings requestedVideo() {
        return QualityPreset.HD.settings(Orientation.LANDSCAPE);
    }

    @Override
    public Orientation orientation() {
        return Orientation.LANDSCAPE;
    }

    @Override
    public void linkMic(boolean on) {
        Broadcast live = broadcast;
        if (live != null) {
            live.linkMic(on);
        }
    }

    @Override
    public Optional<Pusher> currentPusher() {
        Broadcast live = broadcast;
        return live == null ? Optional.empty() : live.currentPusher();
    }

    @Override
    public void addPushListener(MediaEventListener listener) {
        listeners.add(listener);
        Broadcast live = broadcast;
        if (live != null) {
            live.addPushListener(listener);
        }
    }

    @Override
    public void close() {
        Broadcast live = broadcast;
        if (live != null) {
            live.close();
        }
    }
}
