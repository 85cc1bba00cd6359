package studio.coanchor.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV12;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/** Pixel layouts that frames travel in between capture, encoding, composition and display. */
public enum PixelFormat {
    /** Planar 4:2:0: Y plane, then U and V at half width and height. What H.264 encoders take. */
    YUV420P(3),
    /** Y plane, then one plane of interleaved U/V at half height. What Quick Sync takes. */
    NV12(2),
    /** Packed 3 bytes per pixel, blue first. */
    BGR24(1),
    /** Packed 4 bytes per pixel, blue first; in memory the layout of JavaFX's premultiplied INT_ARGB on little-endian. */
    BGRA(1);

    private final int planes;

    PixelFormat(int planes) {
        this.planes = planes;
    }

    public int planes() {
        return planes;
    }

    /** FFmpeg's {@code AV_PIX_FMT_*} for this layout. */
    public int ffmpegCode() {
        return switch (this) {
            case YUV420P -> AV_PIX_FMT_YUV420P;
            case NV12 -> AV_PIX_FMT_NV12;
            case BGR24 -> AV_PIX_FMT_BGR24;
            case BGRA -> AV_PIX_FMT_BGRA;
        };
    }

    /** The layout FFmpeg calls {@code ffmpegCode}; fails for the layouts the studio does not carry. */
    public static PixelFormat ofFfmpeg(int ffmpegCode) {
        for (PixelFormat format : values()) {
            if (format.ffmpegCode() == ffmpegCode) {
                return format;
            }
        }
        throw new IllegalArgumentException("unsupported FFmpeg pixel format " + ffmpegCode);
    }
}
