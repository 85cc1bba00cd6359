package studio.coanchor.play;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.AudioOutput;
import studio.coanchor.media.AudioOutputFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.SilentOutput;
import studio.coanchor.media.TrackKind;

/**
 * The sound thread ({@code play-audio}), which also keeps the player's {@link PlayClock}: it decodes the sound,
 * writes it to the speaker (or a silent sink, or a mixer's input) and sets the clock from what the speaker has yet
 * to play, so the pictures follow the sound. It applies the {@link DelayControl}: waits while the cache fills, drops
 * sound to jump ahead, leaves out one decoded run in five to play 1.25x faster, and reports stalls (2007) and their
 * end (2004).
 * A stream without sound keeps the clock on the wall clock and the pictures' times instead.
 */
final class AudioRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(AudioRenderer.class);
    /** Running dry for less than this is jitter, not a stall worth reporting or adapting to. */
    private static final long DRY_NANOS = 200_000_000L;
    /** How long one track waits for the other before playback goes on without it. */
    private static final long SOUND_WAIT_NANOS = 300_000_000L;
    private static final int SKIP_EVERY = 5;
    private static final long POLL_MILLIS = 5;

    private final PacketCache cache;
    private final PlayClock clock;
    private final DelayControl control;
    private final AudioOutputFactory speaker;
    private final FrameSink sink;
    private final EventPublisher events;
    private final PlaybackStart start;
    private final Consumer<PlayState> state;
    private volatile boolean running;
    private volatile boolean soundIsClock;
    private Thread thread;

    private AudioOutput output;
    private AudioDecoder decoder;
    private int connection;
    private boolean decided;
    private boolean playing;
    private boolean stalled;
    private boolean loadingReported;
    private long dryNanos;
    private long loadingSinceNanos;
    private int skipCounter;
    private long firstSoundNanos;
    private long lastWarningNanos;

    AudioRenderer(PacketCache cache, PlayClock clock, DelayControl control, AudioOutputFactory speaker, FrameSink sink,
                  EventPublisher events, PlaybackStart start, Consumer<PlayState> state) {
        this.cache = cache;
        this.clock = clock;
        this.control = control;
        this.speaker = speaker;
        this.sink = sink;
        this.events = events;
        this.start = start;
        this.state = state;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "play-audio");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            AudioOutput open = output;
            if (open != null) {
                open.close();
            }
            thread.interrupt();
            thread.join();
            thread = null;
        }
    }

    /** Whether the sound times playback (false for a stream without sound). */
    boolean soundIsClock() {
        return soundIsClock;
    }

    /** How far playback runs behind the newest data, in microseconds. */
    long bufferMicros() {
        TrackKind master = soundIsClock ? TrackKind.AUDIO : TrackKind.VIDEO;
        long newest = cache.newestEnd(master);
        if (newest == PlayClock.UNSET) {
            return 0;
        }
        long position = clock.position(System.nanoTime());
        long from = position != PlayClock.UNSET ? position : cache.oldestStart(master);
        return from == PlayClock.UNSET ? 0 : Math.max(0, newest - from);
    }

    private void run() {
        try {
            output = openOutput();
            while (running) {
                step(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The sound thread failed", e);
        } finally {
            if (output != null) {
                output.close();
            }
            if (decoder != null) {
                decoder.close();
                decoder = null;
            }
        }
    }

    private AudioOutput openOutput() {
        try {
            return speaker.open();
        } catch (MediaException e) {
            events.publish(e.code(), e.getMessage() + "; playing on without sound");
            return new SilentOutput();
        }
    }

    private void step(long now) throws InterruptedException {
        if (cache.connection() != connection) {
            newTimeline();
        }
        if (!decided && !decideClock(now)) {
            cache.awaitArrival(POLL_MILLIS);
            return;
        }
        if (!playing) {
            tryStart(now);
        } else if (soundIsClock) {
            playSound(now);
        } else {
            keepPictureClock(now);
        }
    }

    /** A new connection: its timestamps start afresh, so the clock and the decoder do too. */
    private void newTimeline() {
        connection = cache.connection();
        clock.reset();
        decided = false;
        playing = false;
        dryNanos = 0;
    }

    private boolean decideClock(long now) {
        if (cache.soundArrived()) {
            soundIsClock = true;
        } else if (cache.sinceFirstVideoNanos(now) > SOUND_WAIT_NANOS) {
            soundIsClock = false;
        } else {
            return false;
        }
        decided = true;
        return true;
    }

    private void tryStart(long now) throws InterruptedException {
        TrackKind master = soundIsClock ? TrackKind.AUDIO : TrackKind.VIDEO;
        long oldest = cache.oldestStart(master);
        long newest = cache.newestEnd(master);
        long position = clock.position(now);
        long buffered = oldest == PlayClock.UNSET ? -1 : newest - (position != PlayClock.UNSET ? position : oldest);
        if (oldest != PlayClock.UNSET && control.mayStart(buffered, stalled)) {
            playing = true;
            dryNanos = 0;
            if (!soundIsClock) {
                clock.set(position != PlayClock.UNSET ? position : oldest, now, newest, 1.0);
            }
            if (start.begun()) {
                start.begin(loadingReported ? "playing again after " + (now - loadingSinceNanos) / 1_000_000
                        + " ms of loading" : "playing again");
            }
            stalled = false;
            loadingReported = false;
            return;
        }
        if (!loadingReported && oldest != PlayClock.UNSET) {
            loadingReported = true;
            loadingSinceNanos = now;
            events.publish(EventCode.PLAY_EVT_PLAY_LOADING, "loading: " + Math.max(0, buffered) / 1_000
                    + " ms buffered, playing from " + control.targetMicros() / 1_000 + " ms");
            state.accept(PlayState.LOADING);
        }
        cache.awaitArrival(POLL_MILLIS);
    }

    private void playSound(long now) throws InterruptedException {
        if (!cache.hasAudio()) {
            if (output.queuedMicros() == 0) {
                runningDry(now);
            }
            cache.awaitArrival(POLL_MILLIS);
            return;
        }
        dryNanos = 0;
        long newest = cache.newestEnd(TrackKind.AUDIO);
        long position = clock.position(now);
        long buffer = position == PlayClock.UNSET ? 0 : newest - position;
        if (control.shouldJump(buffer)) {
            int dropped = cache.dropAudioBefore(newest - control.targetMicros());
            LOG.debug("{} ms behind: dropped {} sound packets to catch up", buffer / 1_000, dropped);
        }
        double rate = control.rate(buffer);
        CachedPacket packet = cache.takeAudio(0);
        if (packet == null) {
            return;
        }
        try {
            decode(packet, rate);
        } finally {
            packet.free();
        }
        control.playing(now);
    }

    private void decode(CachedPacket packet, double rate) throws InterruptedException {
        if (decoder == null || decoder.track() != packet.track()) {
            if (decoder != null) {
                decoder.close();
                decoder = null;
            }
            try {
                decoder = AudioDecoder.open(packet.track());
            } catch (MediaException e) {
                events.publish(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, e.getMessage()
                        + "; playing the pictures without sound");
                soundIsClock = false;
                playing = false;
                return;
            }
        }
        try {
            if (decoder.send(packet.packet()) < 0) {
                warn("could not decode a " + packet.track().codecName() + " sound packet; skipping it");
                return;
            }
            AudioFrame frame;
            while ((frame = decoder.receive()) != null) {
                if (rate > 1 && ++skipCounter % SKIP_EVERY == 0) {
                    continue;
                }
                play(frame);
            }
        } catch (MediaException e) {
            warn(e.getMessage());
        }
    }

    private void play(AudioFrame frame) throws InterruptedException {
        output.write(frame.samples(), frame.sampleCount());
        long end = frame.ptsMicros() + frame.durationMicros();
        clock.set(end - output.queuedMicros(), System.nanoTime(), end, 1.0);
        long now = System.nanoTime();
        if (firstSoundNanos == 0) {
            firstSoundNanos = now;
        }
        if (!start.begun() && cache.sinceFirstVideoNanos(now) < 0 && now - firstSoundNanos > SOUND_WAIT_NANOS) {
            start.begin("playing sound only: the stream has no pictures");
        }
        sink.onAudio(new AudioFrame(frame.samples(), frame.sampleCount(), MediaClock.nowMicros()));
    }

    private void keepPictureClock(long now) throws InterruptedException {
        cache.dropAudioBefore(Long.MAX_VALUE);
        long newest = cache.newestEnd(TrackKind.VIDEO);
        clock.extend(newest);
        if (clock.atLimit(now)) {
            runningDry(now);
        } else {
            dryNanos = 0;
        }
        long buffer = newest - clock.position(now);
        if (control.shouldJump(buffer)) {
            clock.set(newest - control.targetMicros(), now, newest, 1.0);
        }
        clock.changeRate(now, control.rate(buffer));
        control.playing(now);
        cache.awaitArrival(POLL_MILLIS);
    }

    private void runningDry(long now) {
        if (dryNanos == 0) {
            dryNanos = now;
        } else if (now - dryNanos >= DRY_NANOS) {
            playing = false;
            stalled = true;
            control.stalled(now);
            loadingReported = true;
            loadingSinceNanos = dryNanos;
            long target = control.targetMicros() / 1_000;
            events.publish(EventCode.PLAY_EVT_PLAY_LOADING, "the stream stopped arriving; playing again as soon as "
                    + (target == 0 ? "it does" : target + " ms are buffered"));
            state.accept(PlayState.LOADING);
        }
    }

    private void warn(String message) {
        long now = System.nanoTime();
        if (now - lastWarningNanos >= 1_000_000_000L) {
            lastWarningNanos = now;
            events.publish(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, message);
        }
    }
}
