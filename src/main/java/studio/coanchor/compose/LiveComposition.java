package studio.coanchor.compose;

import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Layout;

/**
 * A composition running live on its own thread ({@code compose-<name>}): every 1/fps it reads the current layout and
 * each input's latest picture and hands the composite to the sink, and every 10 ms it hands over the next 10 ms of
 * the inputs' sound mixed. Times run on the {@link MediaClock} from the start: pictures on exact frame slots, sound by
 * its sample count, so an encoder behind the sink sees a steady stream even when the thread falls behind (a busy
 * machine, a slow encoder behind the sink): the slots it missed get the composite it makes when it catches up, for up
 * to a second of them, and the sound it missed is mixed then. While the layout supplier gives null nothing is
 * composed and the sound is silence. start, stop, start works.
 */
public final class LiveComposition {
    private static final Logger LOG = LoggerFactory.getLogger(LiveComposition.class);
    private static final long SOUND_NANOS = 10_000_000L;
    private static final long WARNING_NANOS = 10_000_000_000L;

    private final String name;
    private final int fps;
    private final Supplier<Layout> layout;
    private final LatestInputs inputs;
    private final FrameSink out;
    private volatile boolean running;
    private volatile long pictures;
    private Thread thread;

    /**
     * @param name   names the thread, {@code compose-<name>}
     * @param layout the layout to compose by, read afresh for every picture
     * @param out    receives pictures and sound on the composition's thread, valid only during each call
     */
    public LiveComposition(String name, int fps, Supplier<Layout> layout, LatestInputs inputs, FrameSink out) {
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("a composition runs at 1 to 60 pictures a second, not " + fps);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.fps = fps;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.out = Objects.requireNonNull(out, "out");
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the composition " + name + " runs already");
        }
        running = true;
        thread = new Thread(this::run, "compose-" + name);
        thread.start();
    }

    /** Stops composing and waits for the thread to end. Safe to call twice or before start. */
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** Pictures handed to the sink since the composition was made. */
    public long pictures() {
        return pictures;
    }

    private void run() {
        long startNanos = System.nanoTime();
        long originMicros = MediaClock.nowMicros();
        long frameNanos = 1_000_000_000L / fps;
        long soundChunks = 0;
        long nextSlot = 0;
        long lastWarning = startNanos - WARNING_NANOS;
        SoundMixer sound = new SoundMixer();
        try (Compositor compositor = new Compositor()) {
            while (running) {
                long now = System.nanoTime();
                try {
                    while (startNanos + soundChunks * SOUND_NANOS <= now) {
                        long ptsMicros = originMicros + soundChunks * SOUND_NANOS / 1_000;
                        soundChunks++;
                        out.onAudio(sound.mix(layout.get(), inputs, ptsMicros));
                    }
                    long slot = (now - startNanos) / frameNanos;
                    if (slot >= nextSlot) {
                        long first = Math.max(nextSlot, slot - fps + 1);
                        nextSlot = slot + 1;
                        Layout current = layout.get();
                        if (current != null) {
                            VideoFrame composite = compositor.compose(current, inputs::picture,
                                    originMicros + first * frameNanos / 1_000);
                            for (long late = first; late <= slot; late++) {
                                out.onVideo(composite.withTimes(originMicros + late * frameNanos / 1_000,
                                        composite.captureMillis()));
                                pictures++;
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    if (now - lastWarning >= WARNING_NANOS) {
                        LOG.warn("The composition {} failed a step; it goes on", name, e);
                        lastWarning = now;
                    }
                }
                long wake = Math.min(startNanos + soundChunks * SOUND_NANOS, startNanos + nextSlot * frameNanos);
                LockSupport.parkNanos(wake - System.nanoTime());
            }
        }
    }
}
