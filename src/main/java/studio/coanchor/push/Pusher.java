package studio.coanchor.push;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import studio.coanchor.media.AudioEncoding;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EncoderFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.Lifecycle;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.VideoEncoding;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.media.VideoSettings;

/**
 * The pusher: a {@link FrameSink} that encodes what a source captures, on the source's threads, and sends it to an
 * RTMP server through a bounded queue and its own send thread, and/or records it to a local file. Reports Tencent
 * push events, a {@link PushStatus} every second, and its {@link PushState}. The picture's preset can change while
 * live without a new connection.
 */
public final class Pusher implements FrameSink, AutoCloseable {
    private final PushOptions options;
    private final EncoderFactory encoders;
    private final EventPublisher events = new EventPublisher();
    private final List<Consumer<PushStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final EncodeMeter encodeMeter = new EncodeMeter();
    private final Object videoLock = new Object();
    private final Object audioLock = new Object();

    private final Lifecycle<PushState> lifecycle = new Lifecycle<>(PushState.IDLE);
    private volatile VideoSettings settings;
    private volatile VideoSettings requested;
    private volatile VideoEncoding video;
    private volatile AudioEncoding audio;
    private long originMicros;
    private volatile SendQueue queue;
    private Uplink uplink;
    private LocalRecording recording;
    private StatusReporter reporter;
    /** Set when auto bitrate is on and there is a connection to adapt to; guarded by {@code videoLock}. */
    private BitrateController autoBitrate;

    public Pusher(PushOptions options, EncoderFactory encoders) {
        this.options = options;
        this.encoders = encoders;
        this.settings = options.video();
    }

    public void addEventListener(MediaEventListener listener) {
        events.add(listener);
    }

    public void addStatusListener(Consumer<PushStatus> listener) {
        statusListeners.add(listener);
    }

    public void addStateListener(Consumer<PushState> listener) {
        lifecycle.addListener(listener);
    }

    public PushState state() {
        return lifecycle.get();
    }

    public VideoSettings videoSettings() {
        return settings;
    }

    /** How much media waits in the send queue, in ms (0 when only recording). */
    public int queuedMillis() {
        SendQueue waiting = queue;
        return waiting == null ? 0 : waiting.delayMillis();
    }

    /**
     * Opens the encoders and the recording, then connects on the send thread and returns at once; connection
     * progress arrives as events. Frames captured before this call are ignored.
     */
    public void start() throws MediaException {
        synchronized (lifecycle) {
            if (lifecycle.get() != PushState.IDLE) {
                throw new IllegalStateException("a pusher starts once; this one is " + lifecycle.get());
            }
            originMicros = MediaClock.nowMicros();
            try {
                openEncoders();
                if (options.recordFile() != null) {
                    recording = LocalRecording.open(options.recordFile(), tracks(), events);
                }
            } catch (MediaException e) {
                releaseEncoders();
                setState(PushState.FAILED);
                throw e;
            }
            if (options.url() != null) {
                queue = new SendQueue(settings.fps(), this::requestKeyFrame);
                if (options.autoBitrate()) {
                    synchronized (videoLock) {
                        autoBitrate = controllerFor(settings);
                    }
                }
                uplink = new Uplink(options.url(), options.reconnect(), options.connectTimeout().toMillis(), queue,
                        this::tracks, events, this::setState);
                setState(PushState.CONNECTING);
                uplink.start();
            } else {
                setState(PushState.LIVE);
            }
            reporter = new StatusReporter(encodeMeter, () -> settings, uplink, queue, events);
            statusListeners.forEach(reporter::addListener);
            reporter.start();
        }
    }

    private void openEncoders() throws MediaException {
        synchronized (videoLock) {
            video = encoders.openVideo(settings, originMicros, events);
        }
        if (options.audioBitrateKbps() > 0) {
            synchronized (audioLock) {
                audio = encoders.openAudio(options.audioBitrateKbps(), originMicros);
            }
        }
    }

    /**
     * Switches the picture to other settings (a new quality preset) while live: a new size or rate opens a new
     * encoder whose stream continues on the same connection (1005); a bitrate alone is changed in place (1006).
     */
    public void changeVideo(VideoSettings next) {
        requested = next;
    }

    /** Moves the encoder's bitrate within the current settings' range without a new encoder. */
    public void changeBitrate(int kbps) {
        synchronized (videoLock) {
            if (video != null) {
                setBitrate(kbps, "");
            }
        }
    }

    /** Called with {@code videoLock} held and an open encoder. */
    private void setBitrate(int kbps, String why) {
        VideoSettings current = settings;
        int clamped = Math.max(current.minBitrateKbps(), Math.min(current.maxBitrateKbps(), kbps));
        video.changeBitrate(clamped);
        settings = new VideoSettings(current.width(), current.height(), current.fps(), clamped,
                current.minBitrateKbps(), current.maxBitrateKbps(), current.gopFrames());
        events.publish(EventCode.PUSH_EVT_CHANGE_BITRATE, "video bitrate " + clamped + " kbps" + why);
    }

    private BitrateController controllerFor(VideoSettings video) {
        return new BitrateController(video.minBitrateKbps(), video.maxBitrateKbps(), video.bitrateKbps(),
                options.audioBitrateKbps());
    }

    /** New settings bring a new range; the link is measured afresh too. */
    private void restartAutoBitrate() {
        if (autoBitrate != null) {
            autoBitrate = controllerFor(settings);
        }
    }

    /** Auto bitrate's reading after each video frame; only a connection that carries data is measured. */
    private void adaptBitrate() {
        if (!uplink.connected()) {
            autoBitrate.restart();
            return;
        }
        int queued = queue.delayMillis();
        int next = autoBitrate.update(System.nanoTime() / 1_000_000L, queued, uplink.meter().totalBytes());
        if (next != settings.bitrateKbps()) {
            setBitrate(next, " (auto: " + queued + " ms queued, the link carried "
                    + autoBitrate.carriedKbps() + " kbps)");
        }
    }

    @Override
    public void onVideo(VideoFrame frame) {
        synchronized (videoLock) {
            if (video == null || frame.ptsMicros() < originMicros) {
                return;
            }
            VideoSettings next = requested;
            if (next != null) {
                requested = null;
                applyVideoSettings(next);
            }
            video.encode(frame, this::route);
        }
    }

    @Override
    public void onAudio(AudioFrame frame) {
        synchronized (audioLock) {
            if (audio != null && frame.ptsMicros() >= originMicros) {
                audio.encode(frame, this::route);
            }
        }
    }

    private void applyVideoSettings(VideoSettings next) {
        VideoSettings current = settings;
        boolean sameShape = next.width() == current.width() && next.height() == current.height()
                && next.fps() == current.fps() && next.gopFrames() == current.gopFrames();
        if (sameShape) {
            settings = next;
            restartAutoBitrate();
            video.changeBitrate(next.bitrateKbps());
            events.publish(EventCode.PUSH_EVT_CHANGE_BITRATE, "video bitrate " + next.bitrateKbps() + " kbps");
            return;
        }
        try {
            VideoEncoding replacement = encoders.openVideo(next, originMicros, events);
            video.close();
            video = replacement;
            settings = next;
            restartAutoBitrate();
        } catch (MediaException e) {
            events.publish(e.code(), "could not switch to " + next.resolution() + ": " + e.getMessage());
            return;
        }
        if (next.width() != current.width() || next.height() != current.height()) {
            events.publish(EventCode.PUSH_EVT_CHANGE_RESOLUTION, "resolution " + next.resolution());
        }
        if (next.bitrateKbps() != current.bitrateKbps()) {
            events.publish(EventCode.PUSH_EVT_CHANGE_BITRATE, "video bitrate " + next.bitrateKbps() + " kbps");
        }
    }

    /** Every key frame carries its SPS/PPS so that whichever key frame a connection starts on can be decoded. */
    private void route(EncodedPacket packet) {
        EncodedPacket routed = packet;
        if (packet.isVideo() && packet.keyFrame() && packet.extradata() == null) {
            routed = new EncodedPacket(packet.kind(), packet.data(), packet.ptsMillis(), packet.dtsMillis(), true,
                    video.track().extradata());
        }
        encodeMeter.encoded(routed);
        if (recording != null) {
            recording.write(routed);
        }
        if (queue != null) {
            queue.offer(routed);
            if (routed.isVideo() && autoBitrate != null) {
                adaptBitrate();
            }
        }
    }

    private void requestKeyFrame() {
        VideoEncoding current = video;
        if (current != null) {
            current.requestKeyFrame();
        }
    }

    private StreamTracks tracks() {
        VideoEncoding currentVideo = video;
        AudioEncoding currentAudio = audio;
        return new StreamTracks(currentVideo.track(), currentAudio == null ? null : currentAudio.track());
    }

    /** Waits until the pusher stops or fails; returns false if it is still running after {@code timeout}. */
    public boolean awaitTerminal(Duration timeout) throws InterruptedException {
        return lifecycle.awaitTerminal(timeout);
    }

    private void setState(PushState next) {
        lifecycle.set(next);
    }

    /** Ends the push: the stream is closed properly, every thread joined and every native freed. Idempotent. */
    public void stop() {
        try {
            if (uplink != null) {
                uplink.stop();
            }
            if (reporter != null) {
                reporter.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        releaseEncoders();
        if (recording != null) {
            recording.close();
        }
        setState(PushState.STOPPED);
    }

    private void releaseEncoders() {
        synchronized (videoLock) {
            if (video != null) {
                video.close();
                video = null;
            }
        }
        synchronized (audioLock) {
            if (audio != null) {
                audio.close();
                audio = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
