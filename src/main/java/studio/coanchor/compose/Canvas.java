package studio.coanchor.compose;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/**
 * The picture being composed: one YUV 4:2:0 frame of the layout's size in FFmpeg's aligned memory, which swscale
 * writes into and an encoder reads without a copy. Boxes are exact in luma; a box at odd coordinates starts its
 * colour half a chroma sample early, as 4:2:0 cannot do better.
 */
final class Canvas implements AutoCloseable {
    private static final int PLANES = 3;

    private AVFrame frame;
    private final ByteBuffer[] planes = new ByteBuffer[PLANES];
    private byte[] row = new byte[0];
    private int width;
    private int height;

    /** Makes the canvas {@code width} x {@code height}; its pixels are undefined after a change of size. */
    void resize(int newWidth, int newHeight) {
        if (frame != null && newWidth == width && newHeight == height) {
            return;
        }
        close();
        AVFrame allocated = av_frame_alloc();
        allocated.width(newWidth).height(newHeight).format(AV_PIX_FMT_YUV420P);
        int status = av_frame_get_buffer(allocated, 0);
        if (status < 0) {
            av_frame_free(allocated);
            throw new IllegalStateException("no memory for a " + newWidth + "x" + newHeight + " canvas (FFmpeg error "
                    + status + ")");
        }
        frame = allocated;
        width = newWidth;
        height = newHeight;
        for (int i = 0; i < PLANES; i++) {
            planes[i] = frame.data(i).capacity((long) frame.linesize(i) * rows(i, height)).asByteBuffer();
        }
        row = new byte[width];
    }

    AVFrame frame() {
        return frame;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void fill(int x, int y, int boxWidth, int boxHeight, YuvColour colour) {
        for (int i = 0; i < PLANES; i++) {
            int shift = i == 0 ? 0 : 1;
            int left = x >> shift;
            int columns = columns(i, x, boxWidth);
            Arrays.fill(row, 0, columns, (byte) colour.plane(i));
            int stride = frame.linesize(i);
            int top = y >> shift;
            int count = rowCount(i, y, boxHeight);
            for (int r = 0; r < count; r++) {
                planes[i].put((top + r) * stride + left, row, 0, columns);
            }
        }
    }

    /** Copies {@code picture}, a YUV 4:2:0 frame of exactly the box's size, into the box at {@code x, y}. */
    void copyIn(AVFrame picture, int x, int y, int boxWidth, int boxHeight) {
        for (int i = 0; i < PLANES; i++) {
            int shift = i == 0 ? 0 : 1;
            int columns = columns(i, x, boxWidth);
            int count = rowCount(i, y, boxHeight);
            int sourceStride = picture.linesize(i);
            ByteBuffer source = picture.data(i).capacity((long) sourceStride * count).asByteBuffer();
            int stride = frame.linesize(i);
            int at = (y >> shift) * stride + (x >> shift);
            for (int r = 0; r < count; r++) {
                planes[i].put(at + r * stride, source, r * sourceStride, columns);
            }
        }
    }

    /** The canvas as a frame, valid until the canvas changes. */
    VideoFrame view(long ptsMicros, long captureMillis) {
        return GrabbedFrames.view(frame, PixelFormat.YUV420P, width, height, ptsMicros, captureMillis);
    }

    /** Samples across a box of {@code boxWidth} has in plane {@code plane}, as a frame of its size has them. */
    private int columns(int plane, int x, int boxWidth) {
        return plane == 0 ? boxWidth : Math.min((boxWidth + 1) / 2, (width + 1) / 2 - x / 2);
    }

    private int rowCount(int plane, int y, int boxHeight) {
        return plane == 0 ? boxHeight : Math.min((boxHeight + 1) / 2, (height + 1) / 2 - y / 2);
    }

    private static int rows(int plane, int pictureHeight) {
        return plane == 0 ? pictureHeight : (pictureHeight + 1) / 2;
    }

    @Override
    public void close() {
        if (frame != null) {
            av_frame_free(frame);
            frame = null;
        }
        Arrays.fill(planes, null);
    }
}
