package studio.coanchor.play;

import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatencyBarcode;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoFrame;

/**
 * The picture thread ({@code play-video}): decodes the video and hands each picture to the sink when the
 * {@link PlayClock} reaches it, or comes within the lead the {@link DelayControl} allows. Behind the clock it catches up without freezing: it skips to a
 * key frame that is already due, drops late pictures while newer ones wait, yet still shows one picture every
 * 100 ms. Reads the latency barcode of every picture it shows.
 */
final class VideoRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(VideoRenderer.class);
    private static final long LATE_MICROS = 50_000;
    private static final long LONGEST_HOLD_NANOS = 100_000_000L;
    private static final long WAIT_SLICE_MILLIS = 10;

    private final PacketCache cache;
    private final PlayClock clock;
    private final FrameSink sink;
    private final EventPublisher events;
    private final PlayMeter meter;
    private final LatencyMeter latency;
    private final PlaybackStart start;
    private final AudioRenderer sound;
    private final long startNanos;
    private final long leadMicros;
    private volatile boolean running;
    private volatile long firstPictureMillis = -1;
    private volatile long firstKeyFrameMillis = -1;
    private Thread thread;

    private final DecoderChoice choice;
    private VideoDecoder decoder;
    private boolean waitingForKey = true;
    private long lastShownNanos;
    private int width;
    private int height;
    private long lastWarningNanos;

    VideoRenderer(PacketCache cache, PlayClock clock, DecoderChoice choice, FrameSink sink, EventPublisher events,
                  PlayMeter meter, LatencyMeter latency, PlaybackStart start, AudioRenderer sound, long leadMicros,
                  long startNanos) {
        this.cache = cache;
        this.clock = clock;
        this.choice = choice;
        this.sink = sink;
        this.events = events;
        this.meter = meter;
        this.latency = latency;
        this.start = start;
        this.sound = sound;
        this.leadMicros = leadMicros;
        this.startNanos = startNanos;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "play-video");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join();
            thread = null;
        }
    }

    /** Milliseconds from start to the first picture shown, or -1 before it. */
    long firstPictureMillis() {
        return firstPictureMillis;
    }

    /** Milliseconds from start to the arrival of the key frame that first picture came from, or -1 before it. */
    long firstKeyFrameMillis() {
        return firstKeyFrameMillis;
    }

    private void run() {
        try {
            if (choice != DecoderChoice.SOFTWARE) {
                HardwareDevices.find();
            }
            while (running) {
                CachedPacket packet = cache.takeVideo(50);
                if (packet != null) {
                    try {
                        handle(packet);
                    } finally {
                        packet.free();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The picture thread failed", e);
        } finally {
            if (decoder != null) {
                decoder.close();
                decoder = null;
            }
        }
    }

    private void handle(CachedPacket packet) throws InterruptedException {
        if (decoder == null || decoder.track() != packet.track()) {
            openDecoder(packet.track());
        }
        if (decoder == null || (waitingForKey && !packet.keyFrame())) {
            meter.dropped(1);
            return;
        }
        long position = clock.position(System.nanoTime());
        if (position != PlayClock.UNSET) {
            int skipped = cache.skipVideoToKeyFrameBy(position - LATE_MICROS);
            if (skipped >= 0) {
                meter.dropped(skipped + 1);
                waitingForKey = true;
                return;
            }
        }
        waitingForKey = false;
        if (firstKeyFrameMillis < 0) {
            firstKeyFrameMillis = (System.nanoTime() - startNanos) / 1_000_000;
        }
        if (decoder.send(packet.packet()) < 0) {
            warn("could not decode a " + packet.track().codecName() + " picture; waiting for the next key frame");
            waitingForKey = true;
            return;
        }
        try {
            VideoFrame frame;
            while ((frame = decoder.receive()) != null) {
                if (decoder.fellBackToSoftware()) {
                    events.publish(EventCode.PLAY_WARNING_FIRST_IDR_HW_DECODE_FAIL, "the " + decoder.description()
                            + " decoder could not take this stream; decoding in software");
                }
                present(frame);
            }
        } catch (MediaException e) {
            warn(e.getMessage());
            waitingForKey = true;
        }
    }

    private void openDecoder(StreamTrack track) {
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
        waitingForKey = true;
        try {
            decoder = VideoDecoder.open(track, choice, events);
            events.publish(EventCode.PLAY_EVT_START_VIDEO_DECODER, decoder.description() + " decoder started");
        } catch (MediaException e) {
            warn(e.getMessage());
        }
    }

    /** Waits for the picture's time on the clock, then shows it, or drops it when it is late and not needed. */
    private void present(VideoFrame frame) throws InterruptedException {
        int connection = decoder.track().connection();
        while (running && cache.connection() == connection) {
            long now = System.nanoTime();
            long position = clock.position(now);
            if (position == PlayClock.UNSET) {
                clock.awaitChange(WAIT_SLICE_MILLIS);
                continue;
            }
            long ahead = frame.ptsMicros() == PlayClock.UNSET ? 0 : frame.ptsMicros() - position;
            if (ahead > leadMicros) {
                clock.awaitChange(Math.min(WAIT_SLICE_MILLIS, Math.max(1, (ahead - leadMicros) / 1_000)));
                continue;
            }
            if (ahead < -LATE_MICROS && cache.hasVideo() && now - lastShownNanos < LONGEST_HOLD_NANOS) {
                meter.dropped(1);
                return;
            }
            show(frame, ahead, now);
            return;
        }
    }

    private void show(VideoFrame frame, long aheadMicros, long now) {
        long wallMillis = System.currentTimeMillis();
        OptionalLong stamp = LatencyBarcode.read(frame);
        long latencyMillis = stamp.isPresent() ? wallMillis - stamp.getAsLong() : -1;
        if (latencyMillis >= 0) {
            latency.add(latencyMillis);
        }
        if (frame.width() != width || frame.height() != height) {
            width = frame.width();
            height = frame.height();
            events.publish(EventCode.PLAY_EVT_CHANGE_RESOLUTION, "resolution " + width + "x" + height);
        }
        sink.onVideo(frame.withTimes(MediaClock.nowMicros(), stamp.orElse(wallMillis)));
        meter.shown(sound.soundIsClock() ? (int) (aheadMicros / 1_000) : 0, latencyMillis);
        lastShownNanos = now;
        if (firstPictureMillis < 0) {
            firstPictureMillis = (now - startNanos) / 1_000_000;
            events.publish(EventCode.PLAY_EVT_RCV_FIRST_I_FRAME, "first picture " + width + "x" + height + " shown "
                    + firstPictureMillis + " ms after play started, " + (firstPictureMillis - firstKeyFrameMillis)
                    + " ms after its key frame arrived");
        }
        if (!start.begun()) {
            start.begin("playing " + width + "x" + height);
        }
    }

    private void warn(String message) {
        long now = System.nanoTime();
        if (now - lastWarningNanos >= 1_000_000_000L) {
            lastWarningNanos = now;
            events.publish(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, message);
        }
    }
}
