package studio.coanchor.media;

/**
 * A run of {@link AudioFormat} samples: {@code samples} holds {@code sampleCount * AudioFormat.CHANNELS}
 * interleaved values. Like a {@link VideoFrame}, only valid during the call that delivers it.
 *
 * @param ptsMicros capture time of the first sample on the {@link MediaClock}
 */
public record AudioFrame(short[] samples, int sampleCount, long ptsMicros) {

    public AudioFrame {
        if (sampleCount < 0 || samples.length < sampleCount * AudioFormat.CHANNELS) {
            throw new IllegalArgumentException("audio frame holds " + samples.length + " values, not "
                    + sampleCount + " stereo samples");
        }
    }

    public AudioFrame copy() {
        short[] owned = new short[sampleCount * AudioFormat.CHANNELS];
        System.arraycopy(samples, 0, owned, 0, owned.length);
        return new AudioFrame(owned, sampleCount, ptsMicros);
    }

    public long durationMicros() {
        return sampleCount * 1_000_000L / AudioFormat.SAMPLE_RATE;
    }
}
