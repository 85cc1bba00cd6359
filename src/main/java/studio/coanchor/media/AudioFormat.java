package studio.coanchor.media;

/** The one audio format inside the studio: 48 kHz, stereo, signed 16-bit interleaved, handled in 10 ms chunks. */
public final class AudioFormat {
    public static final int SAMPLE_RATE = 48_000;
    public static final int CHANNELS = 2;
    public static final int SAMPLES_PER_10_MS = SAMPLE_RATE / 100;

    private AudioFormat() {
    }
}
