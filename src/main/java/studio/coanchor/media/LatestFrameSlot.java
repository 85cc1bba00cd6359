package studio.coanchor.media;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the newest value from a producer thread to a reader (the screen, the mixer) without ever blocking either:
 * a value the reader has not taken yet is replaced, not queued.
 */
public final class LatestFrameSlot<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();

    /** Stores {@code value} and returns the value it replaced (which a reader may still be looking at). */
    public T publish(T value) {
        return latest.getAndSet(value);
    }

    /** The newest value, or null; it stays in the slot. */
    public T peek() {
        return latest.get();
    }

    public void clear() {
        latest.set(null);
    }
}
