package studio.coanchor.ui;

import java.nio.IntBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.PreviewImage;

/**
 * A frame producer for the window tests: on its own thread, paints scrolling colour bars and a moving box into a
 * new {@link PreviewImage} at a steady rate and publishes it to a slot, as a capture source would.
 */
final class MovingPattern implements AutoCloseable {
    private static final int[] BARS = {0xFFC0C0C0, 0xFFC0C000, 0xFF00C0C0, 0xFF00C000, 0xFFC000C0, 0xFFC00000,
            0xFF0000C0};
    private static final int BAND = 0xFF1B1F2A;

    private final int width;
    private final int height;
    private final long periodNanos;
    private final LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long framesPainted;

    MovingPattern(int width, int height, int fps) {
        this.width = width;
        this.height = height;
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / fps;
        this.thread = new Thread(this::paintLoop, "test-pattern");
        thread.setDaemon(true);
        thread.start();
    }

    LatestFrameSlot<PreviewImage> slot() {
        return slot;
    }

    long framesPainted() {
        return framesPainted;
    }

    private void paintLoop() {
        long next = System.nanoTime();
        for (int index = 0; running; index++) {
            slot.publish(paint(index));
            framesPainted = index + 1;
            next += periodNanos;
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    private PreviewImage paint(int index) {
        int[] pixels = new int[width * height];
        int barsBottom = height * 2 / 3;
        int barWidth = width / BARS.length + 1;
        int scroll = index * 6;
        for (int y = 0; y < barsBottom; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = BARS[((x + scroll) / barWidth) % BARS.length];
            }
        }
        int box = height / 5;
        int boxLeft = (index * 8) % (width - box);
        int boxTop = barsBottom + (height - barsBottom - box) / 2;
        for (int y = barsBottom; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inBox = x >= boxLeft && x < boxLeft + box && y >= boxTop && y < boxTop + box;
                pixels[y * width + x] = inBox ? 0xFFFFFFFF : BAND;
            }
        }
        return new PreviewImage(width, height, IntBuffer.wrap(pixels), MediaClock.nowMicros());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(2));
    }
}
