package studio.coanchor.play;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioOutputFactory;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.Lifecycle;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.SilentOutput;

/**
 * The player: pulls an RTMP, HTTP-FLV or HLS stream ({@code play-demux}), decodes and plays its sound
 * ({@code play-audio}), which times the pictures ({@code play-video}), and hands both to a {@link FrameSink}: each
 * picture when it is due, each run of sound as it goes to the speaker. Keeps the delay inside its
 * {@link DelayPolicy}, reports Tencent play events, a {@link PlayStatus} every second ({@code play-status}) and
 * its {@link PlayState}, and measures glass-to-glass latency on streams that carry the latency barcode.
 * start, stop, start works; each start is a new run.
 */
public final class Player implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Player.class);

    private final PlayOptions options;
    private final AudioOutputFactory speaker;
    private final EventPublisher events = new EventPublisher();
    private final List<Consumer<PlayStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final Lifecycle<PlayState> lifecycle = new Lifecycle<>(PlayState.IDLE);
    private volatile Run run;
    private volatile LatencyReport lastLatency = new LatencyReport(0, 0, 0, 0);

    /** A player whose sound goes to the default speaker (or, without one, to a silent sink with a 1202 warning). */
    public Player(PlayOptions options) {
        this(options, SpeakerOutput::open);
    }

    /**
     * A player whose sound goes where {@code speaker} opens, each run, such as one input of a mixer shared by every
     * linked anchor's player. Options without a speaker still play silently.
     */
    public Player(PlayOptions options, AudioOutputFactory speaker) {
        this.options = options;
        this.speaker = speaker;
    }

    public void addEventListener(MediaEventListener listener) {
        events.add(listener);
    }

    public void addStatusListener(Consumer<PlayStatus> listener) {
        statusListeners.add(listener);
    }

    public void addStateListener(Consumer<PlayState> listener) {
        lifecycle.addListener(listener);
    }

    public PlayState state() {
        return lifecycle.get();
    }

    /**
     * Starts pulling and returns at once; connection progress and playback arrive as events. {@code sink} gets
     * frames on the player's threads; they are valid only during the call.
     */
    public synchronized void start(FrameSink sink) {
        if (run != null) {
            throw new IllegalStateException("the player has a run already; stop it before starting it again");
        }
        lifecycle.restart(PlayState.IDLE);
        setState(PlayState.CONNECTING);
        run = new Run(sink);
        run.start();
    }

    /** Latency over the pictures shown so far in this run (or the last one). */
    public LatencyReport latency() {
        Run current = run;
        return current == null ? lastLatency : current.latency.report();
    }

    /** Forgets the latencies measured so far in this run, as after a warm-up. */
    public void resetLatency() {
        Run current = run;
        if (current != null) {
            current.latency.reset();
        }
    }

    /** Milliseconds from start to the first picture of this run, when it has been shown. */
    public OptionalLong firstPictureMillis() {
        Run current = run;
        long millis = current == null ? -1 : current.video.firstPictureMillis();
        return millis < 0 ? OptionalLong.empty() : OptionalLong.of(millis);
    }

    /**
     * Milliseconds from start to the arrival of the key frame the first picture came from: the part of the time to
     * the first picture spent waiting for the stream, not in the player.
     */
    public OptionalLong firstKeyFrameMillis() {
        Run current = run;
        long millis = current == null ? -1 : current.video.firstKeyFrameMillis();
        return millis < 0 ? OptionalLong.empty() : OptionalLong.of(millis);
    }

    /** Waits until playback ends (2006), fails or is stopped; false if it still runs after {@code timeout}. */
    public boolean awaitTerminal(Duration timeout) throws InterruptedException {
        return lifecycle.awaitTerminal(timeout);
    }

    private void setState(PlayState next) {
        lifecycle.set(next);
    }

    /** Stops pulling and playing, joins every thread and frees every native. Idempotent. */
    public synchronized void stop() {
        Run stopping = run;
        if (stopping == null) {
            return;
        }
        stopping.stop();
        lastLatency = stopping.latency.report();
        run = null;
        setState(PlayState.STOPPED);
    }

    @Override
    public void close() {
        stop();
    }

    /** One start-to-stop run, with its own cache, clock and threads. */
    private final class Run {
        private final long startNanos = System.nanoTime();
        private final PacketCache cache = new PacketCache();
        private final PlayClock clock = new PlayClock();
        private final PlayMeter meter = new PlayMeter();
        private final LatencyMeter latency = new LatencyMeter();
        private final Downlink downlink;
        private final AudioRenderer sound;
        private final VideoRenderer video;
        private ScheduledExecutorService timer;
        private long lastStatusNanos;

        Run(FrameSink sink) {
            PlaybackStart begin = new PlaybackStart(events, Player.this::setState);
            DelayControl control = new DelayControl(options.delay(), startNanos);
            downlink = new Downlink(options.url(), options.reconnect(), options.ioTimeout().toMillis(), cache, events,
                    Player.this::setState, meter::received);
            sound = new AudioRenderer(cache, clock, control, options.speaker() ? speaker : SilentOutput::new, sink,
                    events, begin, Player.this::setState);
            video = new VideoRenderer(cache, clock, options.decoder(), sink, events, meter, latency, begin, sound,
                    control.pictureLeadMicros(), startNanos);
        }

        void start() {
            sound.start();
            video.start();
            downlink.start();
            lastStatusNanos = System.nanoTime();
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "play-status");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.SECONDS);
        }

        private void report() {
            try {
                long now = System.nanoTime();
                double seconds = Math.max(0.001, (now - lastStatusNanos) / 1e9);
                lastStatusNanos = now;
                PlayMeter.Reading reading = meter.read();
                PlayStatus status = new PlayStatus((int) Math.round(reading.shown() / seconds),
                        (int) Math.round(reading.receivedBytes() * 8 / 1000.0 / seconds),
                        (int) (sound.bufferMicros() / 1_000), reading.dropped(), reading.avOffsetMs(),
                        reading.latencyMs());
                statusListeners.forEach(listener -> listener.accept(status));
            } catch (RuntimeException e) {
                LOG.warn("Play status report failed", e);
            }
        }

        void stop() {
            cache.close();
            try {
                timer.shutdownNow();
                timer.awaitTermination(5, TimeUnit.SECONDS);
                video.stop();
                sound.stop();
                downlink.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
