package studio.coanchor.testkit;

import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/** A pixel of a YUV 4:2:0 picture, read from its planes, with a comparison that tolerates coding noise. */
public record Yuv(int y, int u, int v) {

    /** The pixel at {@code x, y} of a YUV420P {@code frame}. */
    public static Yuv at(VideoFrame frame, int x, int y) {
        if (frame.format() != PixelFormat.YUV420P) {
            throw new IllegalArgumentException("reads YUV420P pictures, not " + frame.format());
        }
        return new Yuv(sample(frame, 0, x, y), sample(frame, 1, x / 2, y / 2), sample(frame, 2, x / 2, y / 2));
    }

    /** BT.601 limited range, as FFmpeg's colour sources and scalers make it. */
    public static Yuv ofRgb(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return new Yuv((int) Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b),
                (int) Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b),
                (int) Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b));
    }

    /** Whether every component lies within {@code tolerance} of {@code other}'s. */
    public boolean near(Yuv other, int tolerance) {
        return Math.abs(y - other.y) <= tolerance && Math.abs(u - other.u) <= tolerance
                && Math.abs(v - other.v) <= tolerance;
    }

    private static int sample(VideoFrame frame, int plane, int x, int y) {
        return frame.planes()[plane].get(y * frame.strides()[plane] + x) & 0xFF;
    }
}
