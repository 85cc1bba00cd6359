package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/**
 * Presents a {@link VideoFrame} to an encoder as an AVFrame of the encoder's size and pixel format. A frame that
 * already matches and lives in direct buffers is not copied: the AVFrame points at its planes. Anything else is
 * converted and scaled with swscale into a frame this converter owns. Heap buffers are first copied to native memory.
 */
final class PictureConverter implements AutoCloseable {
    private static final int MAX_PLANES = 4;

    private final int width;
    private final int height;
    private final int pixelFormat;
    private AVFrame borrowed;
    private AVFrame scaled;
    private SwsContext scaler;
    private final PointerPointer<BytePointer> sourcePlanes = new PointerPointer<>(MAX_PLANES);
    private final IntPointer sourceStrides = new IntPointer(MAX_PLANES);
    private final BytePointer[] staging = new BytePointer[MAX_PLANES];

    PictureConverter(int width, int height, PixelFormat format) throws FfmpegError {
        this.width = width;
        this.height = height;
        this.pixelFormat = format.ffmpegCode();
        borrowed = av_frame_alloc();
        scaled = av_frame_alloc();
        if (borrowed == null || scaled == null) {
            close();
            throw FfmpegError.of("no memory for a video frame");
        }
        scaled.width(width).height(height).format(pixelFormat);
        int allocated = av_frame_get_buffer(scaled, 0);
        if (allocated < 0) {
            close();
            throw FfmpegError.of("video frame buffer " + width + "x" + height, allocated);
        }
    }

    /** The frame to encode; valid until the next call. Its pts and picture type are the caller's to set. */
    AVFrame convert(VideoFrame frame) throws FfmpegError {
        int sourceFormat = frame.format().ffmpegCode();
        if (sourceFormat == pixelFormat && frame.width() == width && frame.height() == height) {
            borrowed.width(width).height(height).format(pixelFormat);
            for (int i = 0; i < frame.planes().length; i++) {
                borrowed.data(i, nativePlane(frame, i)).linesize(i, frame.strides()[i]);
            }
            return borrowed;
        }
        scaler = sws_getCachedContext(scaler, frame.width(), frame.height(), sourceFormat, width, height, pixelFormat,
                SWS_BILINEAR, null, null, (DoublePointer) null);
        if (scaler == null) {
            throw FfmpegError.of("swscale cannot convert " + frame.format() + " " + frame.width() + "x"
                    + frame.height() + " to " + width + "x" + height);
        }
        int writable = av_frame_make_writable(scaled);
        if (writable < 0) {
            throw FfmpegError.of("video frame buffer", writable);
        }
        for (int i = 0; i < frame.planes().length; i++) {
            sourcePlanes.put(i, nativePlane(frame, i));
            sourceStrides.put(i, frame.strides()[i]);
        }
        sws_scale(scaler, sourcePlanes, sourceStrides, 0, frame.height(), scaled.data(), scaled.linesize());
        return scaled;
    }

    private BytePointer nativePlane(VideoFrame frame, int index) throws FfmpegError {
        ByteBuffer plane = frame.planes()[index].duplicate();
        int rows = frame.planeHeight(index);
        int needed = frame.strides()[index] * (rows - 1) + rowBytes(frame, index);
        if (frame.strides()[index] < rowBytes(frame, index) || plane.capacity() < needed) {
            throw FfmpegError.of(frame.format() + " " + frame.width() + "x" + frame.height() + " plane " + index
                    + " holds " + plane.capacity() + " bytes at stride " + frame.strides()[index] + ", needs "
                    + needed);
        }
        int length = Math.min(plane.capacity(), frame.strides()[index] * rows);
        plane.position(0).limit(length);
        if (plane.isDirect()) {
            return new BytePointer(plane);
        }
        BytePointer copy = staging[index];
        if (copy == null || copy.capacity() < length) {
            if (copy != null) {
                copy.close();
            }
            copy = new BytePointer(length);
            staging[index] = copy;
        }
        copy.position(0).put(plane.array(), plane.arrayOffset(), length);
        return copy;
    }

    /** Bytes of picture in one row of plane {@code index}, without padding. */
    private static int rowBytes(VideoFrame frame, int index) {
        int chromaWidth = (frame.width() + 1) / 2;
        return switch (frame.format()) {
            case YUV420P -> index == 0 ? frame.width() : chromaWidth;
            case NV12 -> index == 0 ? frame.width() : 2 * chromaWidth;
            case BGR24 -> 3 * frame.width();
            case BGRA -> 4 * frame.width();
        };
    }

    @Override
    public void close() {
        if (borrowed != null) {
            av_frame_free(borrowed);
            borrowed = null;
        }
        if (scaled != null) {
            av_frame_free(scaled);
            scaled = null;
        }
        if (scaler != null) {
            sws_freeContext(scaler);
            scaler = null;
        }
        for (int i = 0; i < staging.length; i++) {
            if (staging[i] != null) {
                staging[i].close();
                staging[i] = null;
            }
        }
        sourcePlanes.close();
        sourceStrides.close();
    }
}
