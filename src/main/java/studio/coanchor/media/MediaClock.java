package studio.coanchor.media;

/**
 * The one monotonic clock every capture source stamps frames with, so that audio and video from different
 * devices line up. Values are microseconds on an arbitrary origin; only differences mean anything.
 */
public final class MediaClock {
    private MediaClock() {
    }

    public static long nowMicros() {
        return System.nanoTime() / 1_000L;
    }
}
