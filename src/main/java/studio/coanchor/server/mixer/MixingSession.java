package studio.coanchor.server.mixer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.compose.LatestInputs;
import studio.coanchor.compose.LiveComposition;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.SignedUrl;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.PushState;
import studio.coanchor.push.Pusher;
import studio.coanchor.server.BackendConfig;

/**
 * One {@code mix_stream_session_id}: a player per input stream, a live composition of them by the current layout,
 * and a pusher that encodes the composite with the mixed sound and publishes it as the output stream. It is made
 * when a start request arrives, plays its inputs while the request is checked, and publishes from the first
 * {@link #show}; later layouts change the picture on the same output connection. Methods are called under the
 * session's slot lock in {@link MixingSessions}.
 */
final class MixingSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MixingSession.class);

    private final String id;
    private final String outputStreamId;
    private final BackendConfig.Mixer addresses;
    private final MixOutput output;
    private final LatestInputs inputs = new LatestInputs();
    private final Map<String, InputFeed> feeds = new HashMap<>();
    private final AtomicReference<Layout> layout = new AtomicReference<>();
    private Pusher pusher;
    private LiveComposition composition;
    private VideoSettings video;

    MixingSession(String id, String outputStreamId, BackendConfig.Mixer addresses, MixOutput output) {
        this.id = id;
        this.outputStreamId = outputStreamId;
        this.addresses = addresses;
        this.output = output;
    }

    String id() {
        return id;
    }

    String outputStreamId() {
        return outputStreamId;
    }

    /** Whether it publishes (a layout has been shown and it has not ended). */
    boolean publishing() {
        return pusher != null;
    }

    /** The layout shown, or null before the first. */
    Layout layout() {
        return layout.get();
    }

    /** The player of {@code streamId}, started now when it is new to this session. */
    InputFeed feed(String streamId) {
        return feeds.computeIfAbsent(streamId, stream -> {
            InputFeed feed = new InputFeed(id, stream, addresses.input(stream), inputs.sink(stream));
            feed.start();
            return feed;
        });
    }

    Optional<PictureSize> pictureSize(String streamId) {
        return inputs.pictureSize(streamId);
    }

    /**
     * Publishes {@code next}: the first time it opens the encoders and connects to the output; afterwards it changes
     * the picture (and the encoder's size or bitrate, on the same connection) from the next composite on.
     */
    void show(Layout next, Integer bitrateKbps, Set<String> streams) throws MediaException {
        VideoSettings settings = MixOutput.video(next.picture(), bitrateKbps);
        layout.set(next);
        if (pusher == null) {
            start(settings);
        } else if (!settings.equals(video)) {
            pusher.changeVideo(settings);
        }
        video = settings;
        keepOnly(streams);
    }

    private void start(VideoSettings settings) throws MediaException {
        String url = addresses.output(outputStreamId);
        Pusher starting = new Pusher(new PushOptions(url, null, settings, MixOutput.AUDIO_KBPS,
                ReconnectPolicy.DEFAULT, PushOptions.DEFAULT_CONNECT_TIMEOUT), output.encoders());
        starting.addEventListener(this::onPushEvent);
        starting.start();
        pusher = starting;
        composition = new LiveComposition(id, settings.fps(), layout::get, inputs, starting);
        composition.start();
        LOG.info("mix {}: publishing {}x{} to {}", id, settings.width(), settings.height(), SignedUrl.shown(url));
    }

    /** Stops the players of streams not in {@code streams}. */
    void keepOnly(Set<String> streams) {
        feeds.entrySet().removeIf(entry -> {
            if (streams.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            inputs.remove(entry.getKey());
            return true;
        });
    }

    /** Restarts inputs that ended; called now and then from the mixer's watch thread. */
    void tend() {
        feeds.values().forEach(InputFeed::tend);
    }

    /** Whether the output failed for good (every reconnect failed), which ends the session. */
    boolean outputFailed() {
        return pusher != null && pusher.state() == PushState.FAILED;
    }

    private void onPushEvent(MediaEvent event) {
        if (event.code().isError() || event.code().isWarning()) {
            LOG.warn("mix {}: output {} {}: {}", id, event.code().code(), event.code().name(), event.message());
        } else {
            LOG.debug("mix {}: output {}", id, event.line());
        }
    }

    /** Ends the mix: the output stream is closed properly and every thread joined. */
    @Override
    public void close() {
        if (composition != null) {
            composition.stop();
            composition = null;
        }
        if (pusher != null) {
            pusher.stop();
            pusher = null;
        }
        keepOnly(Set.of());
        layout.set(null);
    }
}
