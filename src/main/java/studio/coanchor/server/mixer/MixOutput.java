package studio.coanchor.server.mixer;

import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.mix.PictureSize;

/**
 * How a mix is encoded: H.264 with the chosen encoder (x264 veryfast when in software), zero latency, at
 * {@value #FPS} fps with a key frame every second, and AAC at the studio's audio bitrate. Without
 * {@code output_stream_bitrate} the bitrate follows the picture's area, 1200 kbit/s for 540x960 as the studio's HD
 * preset has it.
 */
record MixOutput(EncoderChoice encoder) {
    static final int FPS = 15;
    static final int AUDIO_KBPS = QualityPreset.AUDIO_BITRATE_KBPS;
    private static final int PIXELS_PER_KBPS = 540 * 960 / 1200;
    private static final int MIN_KBPS = 300;
    private static final int MAX_KBPS = 8000;

    FfmpegEncoderFactory encoders() {
        return new FfmpegEncoderFactory(encoder, FfmpegEncoderFactory.DEFAULT_X264_PRESET);
    }

    /** The encoder's settings for a mix of {@code picture}; H.264 wants even sides, so odd ones grow by one. */
    static VideoSettings video(PictureSize picture, Integer bitrateKbps) {
        int width = picture.width() + picture.width() % 2;
        int height = picture.height() + picture.height() % 2;
        int kbps = bitrateKbps != null ? bitrateKbps
                : Math.max(MIN_KBPS, Math.min(MAX_KBPS, width * height / PIXELS_PER_KBPS));
        return new VideoSettings(width, height, FPS, kbps, Math.max(1, kbps / 2), kbps, FPS);
    }
}
