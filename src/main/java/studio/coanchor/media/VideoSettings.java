package studio.coanchor.media;

/**
 * What a video encoder is asked for. {@code bitrateKbps} is the constant bitrate it starts at; auto bitrate
 * moves it between {@code minBitrateKbps} and {@code maxBitrateKbps}. {@code gopFrames} is the fixed key frame
 * interval.
 */
public record VideoSettings(int width, int height, int fps, int bitrateKbps, int minBitrateKbps,
                            int maxBitrateKbps, int gopFrames) {

    public VideoSettings {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("video size must be positive and even, was " + width + "x" + height);
        }
        if (fps <= 0 || gopFrames <= 0) {
            throw new IllegalArgumentException("fps and GOP must be positive, were " + fps + " and " + gopFrames);
        }
        if (minBitrateKbps <= 0 || minBitrateKbps > bitrateKbps || bitrateKbps > maxBitrateKbps) {
            throw new IllegalArgumentException("bitrates must satisfy 0 < min <= start <= max, were "
                    + minBitrateKbps + " <= " + bitrateKbps + " <= " + maxBitrateKbps);
        }
    }

    public String resolution() {
        return width + "x" + height;
    }
}
