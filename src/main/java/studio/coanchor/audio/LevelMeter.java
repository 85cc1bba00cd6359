package studio.coanchor.audio;

import studio.coanchor.media.AudioFormat;

/**
 * An input level meter: RMS and peak over each 100 ms of sound, read from any thread while the sound thread feeds
 * it. A view polls {@link #level()} at its own pace.
 */
public final class LevelMeter {
    private static final int WINDOW_VALUES = AudioFormat.SAMPLE_RATE / 10 * AudioFormat.CHANNELS;

    private double sumOfSquares;
    private int peak;
    private int counted;
    private volatile AudioLevel level = AudioLevel.SILENCE;

    /** The level of the last complete 100 ms. */
    public AudioLevel level() {
        return level;
    }

    /** Adds {@code sampleCount} interleaved stereo samples; called by one thread at a time. */
    void measure(short[] samples, int sampleCount) {
        int values = sampleCount * AudioFormat.CHANNELS;
        for (int i = 0; i < values; i++) {
            int value = samples[i];
            sumOfSquares += (double) value * value;
            peak = Math.max(peak, Math.abs(value));
            if (++counted == WINDOW_VALUES) {
                level = AudioLevel.of(sumOfSquares, peak, counted);
                sumOfSquares = 0;
                peak = 0;
                counted = 0;
            }
        }
    }
}
