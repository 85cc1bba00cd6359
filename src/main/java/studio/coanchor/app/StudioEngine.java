package studio.coanchor.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.audio.VoiceChain;
import studio.coanchor.audio.VoiceSettings;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.capture.SourceFactory;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.FrameFanout;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.play.SpeakerOutput;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;
import studio.coanchor.ui.BroadcastControl;
import studio.coanchor.ui.Catalog;
import studio.coanchor.ui.EngineListener;
import studio.coanchor.ui.EventOrigin;
import studio.coanchor.ui.SignedTarget;

/**
 * The media engine behind the studio window. One capture source at a time ({@link SourceSwitch}) feeds the
 * preview, and through the voice chain (echo cancellation, mute) a live push and a local recording, each its own
 * {@link Pusher}; the live one adapts its bitrate to the uplink. Linked anchors' sound plays through one playout mixer, the echo canceller's far end. With no
 * remote backend configured, the studio's own backend runs on loopback beside it and signs the push URL.
 */
final class StudioEngine implements BroadcastControl, AnchorPush, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioEngine.class);
    private static final int PREVIEW_WIDTH = 1280;

    private final LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
    private final PreviewTap preview = new PreviewTap(PREVIEW_WIDTH, slot);
    private final FrameFanout frames = new FrameFanout();
    private final VoiceChain voice = new VoiceChain(frames, VoiceSettings.OFF);
    private final SourceSwitch sources = new SourceSwitch(voice);
    private final PlayoutMixer playout = new PlayoutMixer(SpeakerOutput::open);
    private final List<MediaEventListener> pushListeners = new CopyOnWriteArrayList<>();
    private final LocalBackend backend;
    private volatile EngineListener listener = new LoggingListener();

    private SourceSpec spec;
    private String video;
    private String audio;
    private VideoSettings picture = QualityPreset.HD.settings(Orientation.LANDSCAPE);
    private Orientation orientation = Orientation.LANDSCAPE;
    private EncoderChoice encoder = EncoderChoice.AUTO;
    private boolean voiceChosen;
    private boolean linked;
    private Pusher live;
    private Pusher recorder;
    private BackendAccount account;
    private BackendAccount localAccount;

    StudioEngine() {
        this(LocalBackend.DEFAULT_RTMP_SERVER);
    }

    /** @param localRtmpServer where the studio's own backend signs URLs for, e.g. {@code rtmp://127.0.0.1:1935} */
    StudioEngine(String localRtmpServer) {
        frames.add(preview);
        playout.addFarEndListener(voice);
        playout.addEventListener(event -> listener.onEvent(EventOrigin.PLAYOUT, event));
        playout.start();
        backend = new LocalBackend(LocalBackend.localAnchorId(), localRtmpServer);
        backend.start();
        LOG.info("Co-anchor backend for {} on {}", backend.anchorId(), backend.uri());
    }

    /** The backend the studio logs in to for signed URLs, co-anchoring and mixes. */
    LocalBackend backend() {
        return backend;
    }

    /** Also hands every captured frame, after voice processing, to {@code sink}. */
    void addFrameSink(FrameSink sink) {
        frames.add(sink);
    }

    void removeFrameSink(FrameSink sink) {
        frames.remove(sink);
    }

    /** Where linked anchors' sound is played. */
    PlayoutMixer playout() {
        return playout;
    }

    /** Signs push URLs through {@code signedIn} (a remote backend's anchor) instead of the studio's own backend. */
    synchronized void useAccount(BackendAccount signedIn) {
        account = Objects.requireNonNull(signedIn, "account");
    }

    @Override
    public LatestFrameSlot<PreviewImage> preview() {
        return slot;
    }

    @Override
    public void listen(EngineListener engineListener) {
        listener = Objects.requireNonNull(engineListener, "listener");
    }

    @Override
    public Catalog catalog() {
        return EngineCatalog.read();
    }

    @Override
    public synchronized String useSource(String videoChoice, String audioChoice) throws MediaException {
        SourceSpec next = SourceSpec.parse(videoChoice, audioChoice);
        CaptureSource source = SourceFactory.open(next, picture.width(), picture.height(), picture.fps(), false);
        sources.use(source, event -> listener.onEvent(EventOrigin.SOURCE, event), sharesDevice(spec, next));
        spec = next;
        video = videoChoice;
        audio = audioChoice;
        LOG.info("Source: {}", source.description());
        return source.description();
    }

    @Override
    public synchronized VideoSettings usePicture(String preset, String orientation) {
        VideoSettings next = QualityPreset.parse(preset).settings(Orientation.parse(orientation));
        boolean resized = next.width() != picture.width() || next.height() != picture.height()
                || next.fps() != picture.fps();
        picture = next;
        this.orientation = Orientation.parse(orientation);
        for (Pusher pusher : new Pusher[] {live, recorder}) {
            if (pusher != null) {
                pusher.changeVideo(next);
            }
        }
        if (resized && spec != null && spec.video() == SourceSpec.Video.TEST) {
            try {
                useSource(video, audio);
            } catch (MediaException e) {
                listener.onEvent(EventOrigin.SOURCE, MediaEvent.now(e.code(), "the test pattern keeps its size: "
                        + e.getMessage()));
            }
        }
        return next;
    }

    @Override
    public synchronized void useEncoder(String choice) {
        encoder = EncoderChoice.parse(choice);
    }

    @Override
    public SignedTarget signedPushTarget() throws BackendException {
        BackendAccount signer = signer();
        StreamGrant grant;
        try {
            grant = signer.streams();
        } catch (BackendException e) {
            if (signer != localAccount) {
                throw e;
            }
            // The studio's own log-in may have expired: log in again once.
            signer = logInLocally();
            grant = signer.streams();
        }
        return new SignedTarget(grant.push(), signer.userId(), signer.backend().toString());
    }

    @Override
    public synchronized void goLive(String url) throws MediaException {
        stop();
        live = startPusher(url, null, EventOrigin.PUSH);
    }

    @Override
    public synchronized void stop() {
        live = stopPusher(live);
    }

    @Override
    public synchronized void startRecording(Path file) throws MediaException {
        stopRecording();
        recorder = startPusher(null, file, EventOrigin.RECORDING);
    }

    @Override
    public synchronized void stopRecording() {
        recorder = stopPusher(recorder);
    }

    @Override
    public void snapshot(Path file) throws Exception {
        preview.snapshot(file);
    }

    @Override
    public void setMuted(boolean muted) {
        voice.mute(muted);
    }

    @Override
    public synchronized void voiceProcessing(boolean on) {
        voiceChosen = on;
        applyVoice();
    }

    @Override
    public synchronized void linkMic(boolean on) {
        linked = on;
        applyVoice();
    }

    /** On when the anchor asks for it, and while co-anchoring with a microphone, as the co-anchor presets have it. */
    private void applyVoice() {
        boolean microphone = spec != null && spec.audio() == SourceSpec.Audio.MIC;
        voice.apply(voiceChosen || (linked && microphone) ? VoiceSettings.ALL : VoiceSettings.OFF);
        LOG.info("Voice processing on the microphone: {}", voice.settings().label());
    }

    @Override
    public synchronized VideoSettings requestedVideo() {
        return picture;
    }

    @Override
    public synchronized Orientation orientation() {
        return orientation;
    }

    @Override
    public synchronized Optional<Pusher> currentPusher() {
        return Optional.ofNullable(live);
    }

    @Override
    public synchronized void addPushListener(MediaEventListener pushListener) {
        pushListeners.add(pushListener);
        if (live != null) {
            live.addEventListener(pushListener);
        }
    }

    @Override
    public synchronized void close() {
        stop();
        stopRecording();
        sources.close();
        playout.close();
        voice.close();
        preview.close();
        backend.close();
    }

    private Pusher startPusher(String url, Path file, EventOrigin origin) throws MediaException {
        boolean sound = spec == null || spec.audio() != SourceSpec.Audio.NONE;
        PushOptions options = new PushOptions(url, file, picture, sound ? QualityPreset.AUDIO_BITRATE_KBPS : 0,
                ReconnectPolicy.DEFAULT, PushOptions.DEFAULT_CONNECT_TIMEOUT)
                .withAutoBitrate(origin == EventOrigin.PUSH);
        Pusher pusher = new Pusher(options, new FfmpegEncoderFactory(encoder, FfmpegEncoderFactory.DEFAULT_X264_PRESET));
        pusher.addEventListener(event -> listener.onEvent(origin, event));
        if (origin == EventOrigin.PUSH) {
            pusher.addStatusListener(status -> listener.onStatus(status));
            pushListeners.forEach(pusher::addEventListener);
        }
        pusher.start();
        frames.add(pusher);
        return pusher;
    }

    private Pusher stopPusher(Pusher pusher) {
        if (pusher != null) {
            frames.remove(pusher);
            pusher.stop();
        }
        return null;
    }

    /** The account given by {@link #useAccount}, or the studio's own anchor on its own backend. */
    private synchronized BackendAccount signer() throws BackendException {
        if (account != null) {
            return account;
        }
        return localAccount != null ? localAccount : logInLocally();
    }

    private synchronized BackendAccount logInLocally() throws BackendException {
        localAccount = backend.login();
        return localAccount;
    }

    /** Whether two sources would open the same camera or microphone, which a device allows only once. */
    private static boolean sharesDevice(SourceSpec current, SourceSpec next) {
        if (current == null) {
            return false;
        }
        boolean camera = current.video() == SourceSpec.Video.CAMERA && next.video() == SourceSpec.Video.CAMERA
                && Objects.equals(current.camera(), next.camera());
        boolean microphone = current.audio() == SourceSpec.Audio.MIC && next.audio() == SourceSpec.Audio.MIC
                && Objects.equals(current.microphone(), next.microphone());
        return camera || microphone;
    }

    /** Until the window listens, what the engine reports goes to the log. */
    private static final class LoggingListener implements EngineListener {
        @Override
        public void onEvent(EventOrigin origin, MediaEvent event) {
            LOG.info("{} {}", origin.label(), event.line());
        }

        @Override
        public void onStatus(PushStatus status) {
            LOG.debug("{}", status.line());
        }
    }
}
