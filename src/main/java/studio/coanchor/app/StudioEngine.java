package studio.coanchor.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.audio.VoiceChain;
import studio.coanchor.audio.VoiceSettings;
import studio.coanchor.capture.DeviceCatalog;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.capture.SourceFactory;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.FrameFanout;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * The media engine behind the studio window: the default source (the first camera and microphone, or the test
 * pattern and tone when there are none) always feeds the preview; going live adds a pusher to the same frames.
 * With no remote backend configured, the studio's own backend runs on loopback beside it.
 */
final class StudioEngine implements studio.coanchor.ui.BroadcastControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioEngine.class);
    private static final int PREVIEW_WIDTH = 1280;

    private final VideoSettings video = QualityPreset.HD.settings(Orientation.LANDSCAPE);
    private final LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
    private final PreviewTap preview = new PreviewTap(PREVIEW_WIDTH, slot);
    private final FrameFanout frames = new FrameFanout();
    private final VoiceChain voice = new VoiceChain(frames, VoiceSettings.OFF);
    private final CaptureSource source;
    private final LocalBackend backend = new LocalBackend(LocalBackend.localAnchorId(),
            LocalBackend.DEFAULT_RTMP_SERVER);
    private Pusher pusher;

    StudioEngine() {
        frames.add(preview);
        source = startDefaultSource();
        backend.start();
        LOG.info("Co-anchor backend for {} on {}", backend.anchorId(), backend.uri());
    }

    /** The backend the studio logs in to for signed URLs, co-anchoring and mixes. */
    LocalBackend backend() {
        return backend;
    }

    private CaptureSource startDefaultSource() {
        DeviceCatalog devices = new DeviceCatalog();
        boolean camera = !devices.cameras().isEmpty();
        boolean microphone = !devices.microphones().isEmpty();
        SourceSpec wanted = SourceSpec.parse(camera ? "camera" : "test", microphone ? "mic" : "tone");
        try {
            return start(wanted);
        } catch (MediaException e) {
            LOG.warn("{}; showing the test pattern instead", e.getMessage());
        }
        try {
            return start(SourceSpec.parse("test", "tone"));
        } catch (MediaException e) {
            throw new IllegalStateException("the test pattern cannot start: " + e.getMessage(), e);
        }
    }

    private CaptureSource start(SourceSpec spec) throws MediaException {
        CaptureSource candidate = SourceFactory.open(spec, video.width(), video.height(), video.fps(), false);
        candidate.start(voice, event -> LOG.info(event.line()));
        return candidate;
    }

    @Override
    public LatestFrameSlot<PreviewImage> preview() {
        return slot;
    }

    @Override
    public synchronized void goLive(String url, Consumer<MediaEvent> events, Consumer<PushStatus> status)
            throws MediaException {
        stop();
        Pusher next = new Pusher(PushOptions.to(url, video), new FfmpegEncoderFactory(EncoderChoice.AUTO, "veryfast"));
        next.addEventListener(events::accept);
        next.addStatusListener(status);
        next.start();
        frames.add(next);
        pusher = next;
    }

    @Override
    public synchronized void stop() {
        if (pusher != null) {
            frames.remove(pusher);
            pusher.stop();
            pusher = null;
        }
    }

    @Override
    public void snapshot(Path file) throws Exception {
        preview.snapshot(file);
    }

    @Override
    public void voiceProcessing(boolean on) {
        voice.apply(on ? VoiceSettings.ALL : VoiceSettings.OFF);
        LOG.info("Voice processing on the microphone: {}", voice.settings().label());
    }

    @Override
    public void close() {
        stop();
        source.stop();
        voice.close();
        preview.close();
        backend.close();
    }
}
