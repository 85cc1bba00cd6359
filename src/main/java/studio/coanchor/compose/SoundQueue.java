package studio.coanchor.compose;

import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;

/**
 * The sound of one input waiting to be mixed: a jitter buffer. It holds at most {@link #CAPACITY_MS} (the oldest goes
 * first beyond that, so a source that runs fast cannot add delay without bound). It gives sound once it has gathered
 * its cushion, {@link #FIRST_CUSHION_MS} to begin with; each time it runs dry (a late source, or a player that skips
 * sound to catch up) the cushion grows by {@link #CUSHION_STEP_MS}, up to {@link #MOST_CUSHION_MS}, so that a source
 * arriving unevenly is soon heard in one piece rather than in fragments. Sound fades out where it runs dry and in
 * where it resumes, so a gap does not click.
 */
final class SoundQueue {
    static final int CAPACITY_MS = 400;
    static final int FIRST_CUSHION_MS = 40;
    static final int CUSHION_STEP_MS = 20;
    static final int MOST_CUSHION_MS = 160;
    /** 2 ms: long enough to take the click out of a gap, short enough not to be heard as a fade. */
    static final int FADE_SAMPLES = AudioFormat.SAMPLE_RATE / 500;
    private static final int CAPACITY = samples(CAPACITY_MS);

    private final short[] ring = new short[CAPACITY * AudioFormat.CHANNELS];
    private int start;
    private int size;
    private int cushion = samples(FIRST_CUSHION_MS);
    private boolean flowing;

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
     * added, which is fewer when the queue runs dry and none while it gathers its cushion again.
     */
    synchronized int takeInto(int[] sum, int sampleCount) {
        if (!flowing && size < cushion) {
            return 0;
        }
        boolean resuming = !flowing;
        flowing = true;
        int count = Math.min(sampleCount, size);
        boolean runningDry = count < sampleCount;
        for (int i = 0; i < count; i++) {
            int gain = fadeGain(i, count, resuming, runningDry);
            int at = ((start + i) % CAPACITY) * AudioFormat.CHANNELS;
            for (int c = 0; c < AudioFormat.CHANNELS; c++) {
                sum[i * AudioFormat.CHANNELS + c] += ring[at + c] * gain / FADE_SAMPLES;
            }
        }
        start = (start + count) % CAPACITY;
        size -= count;
        if (runningDry) {
            flowing = false;
            cushion = Math.min(samples(MOST_CUSHION_MS), cushion + samples(CUSHION_STEP_MS));
        }
        return count;
    }

    /** The gain of sample {@code i} of {@code count}, in 1/{@link #FADE_SAMPLES}: full but near a gap's edges. */
    private static int fadeGain(int i, int count, boolean resuming, boolean runningDry) {
        int gain = FADE_SAMPLES;
        if (resuming) {
            gain = Math.min(gain, i);
        }
        if (runningDry) {
            gain = Math.min(gain, count - 1 - i);
        }
        return gain;
    }

    private static int samples(int millis) {
        return AudioFormat.SAMPLE_RATE * millis / 1000;
    }
}
