package studio.coanchor.compose;

import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;

/**
 * The sound of one input waiting to be mixed, at most {@link #CAPACITY_MS} of it (the oldest goes first beyond
 * that, so a source that runs fast cannot add delay). After running dry it waits for {@link #PRIME_MS} before it
 * gives sound again, so that a source arriving in bursts is heard in one piece rather than in fragments.
 */
final class SoundQueue {
    static final int CAPACITY_MS = 200;
    static final int PRIME_MS = 40;
    private static final int CAPACITY = AudioFormat.SAMPLE_RATE * CAPACITY_MS / 1000;
    private static final int PRIME = AudioFormat.SAMPLE_RATE * PRIME_MS / 1000;

    private final short[] ring = new short[CAPACITY * AudioFormat.CHANNELS];
    private int start;
    private int size;
    private boolean primed;

    synchronized void write(AudioFrame frame) {
        int count = Math.min(frame.sampleCount(), CAPACITY);
        int skip = frame.sampleCount() - count;
        int overflow = size + count - CAPACITY;
        if (overflow > 0) {
            start = (start + overflow) % CAPACITY;
            size -= overflow;
        }
        for (int i = 0; i < count; i++) {
            int at = ((start + size + i) % CAPACITY) * AudioFormat.CHANNELS;
            int from = (skip + i) * AudioFormat.CHANNELS;
            for (int c = 0; c < AudioFormat.CHANNELS; c++) {
                ring[at + c] = frame.samples()[from + c];
            }
        }
        size += count;
    }

    /**
     * Adds up to {@code sampleCount} samples to {@code sum} (interleaved) and removes them; returns how many it
     * added, which is fewer when the queue runs dry and none while it fills up again.
     */
    synchronized int takeInto(int[] sum, int sampleCount) {
        if (!primed && size < PRIME) {
            return 0;
        }
        primed = true;
        int count = Math.min(sampleCount, size);
        for (int i = 0; i < count; i++) {
            int at = ((start + i) % CAPACITY) * AudioFormat.CHANNELS;
            for (int c = 0; c < AudioFormat.CHANNELS; c++) {
                sum[i * AudioFormat.CHANNELS + c] += ring[at + c];
            }
        }
        start = (start + count) % CAPACITY;
        size -= count;
        if (count < sampleCount) {
            primed = false;
        }
        return count;
    }
}
