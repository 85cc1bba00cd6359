package studio.coanchor.compose;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Box;

/**
 * Scales one region of an input picture into one box of the canvas with swscale, keeping its context from picture
 * to picture. A box that fills the canvas is scaled straight into it; a smaller one into a frame of its own size,
 * whose rows are then copied in, so that no scaler ever writes beside its box. Pictures in heap memory are copied to
 * native memory first.
 */
final class BoxScaler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoxScaler.class);
    private static final int MAX_PLANES = 4;

    private SwsContext context;
    private AVFrame boxFrame;
    private final PointerPointer<BytePointer> source = new PointerPointer<>(MAX_PLANES);
    private final IntPointer sourceStrides = new IntPointer(MAX_PLANES);
    private final ByteBuffer[] staging = new ByteBuffer[MAX_PLANES];
    private boolean refused;

    /** Paints {@code region} of {@code picture} into {@code box}; false when swscale cannot convert the picture. */
    boolean paint(VideoFrame picture, Region region, Box box, Canvas canvas) {
        context = sws_getCachedContext(context, region.width(), region.height(), picture.format().ffmpegCode(),
                box.width(), box.height(), AV_PIX_FMT_YUV420P, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            if (!refused) {
                LOG.warn("swscale cannot scale a {} {}x{} picture into the {}; it stays black", picture.format(),
                        region.width(), region.height(), box.name());
                refused = true;
            }
            return false;
        }
        refused = false;
        for (int i = 0; i < picture.planes().length; i++) {
            source.put(i, plane(picture, i, region));
            sourceStrides.put(i, picture.strides()[i]);
        }
        boolean fillsCanvas = box.x() == 0 && box.y() == 0 && box.width() == canvas.width()
                && box.height() == canvas.height();
        AVFrame target = fillsCanvas ? canvas.frame() : boxFrame(box.width(), box.height());
        sws_scale(context, source, sourceStrides, 0, region.height(), target.data(), target.linesize());
        if (!fillsCanvas) {
            canvas.copyIn(target, box.x(), box.y(), box.width(), box.height());
        }
        return true;
    }

    /** Plane {@code index} of {@code picture} from the region's top left corner, in native memory. */
    private BytePointer plane(VideoFrame picture, int index, Region region) {
        ByteBuffer plane = picture.planes()[index].duplicate();
        plane.clear();
        if (!plane.isDirect()) {
            plane = staged(index, plane);
        }
        int chromaShift = index > 0 && isSubsampled(picture.format()) ? 1 : 0;
        int row = region.y() >> chromaShift;
        int column = (region.x() >> chromaShift) * bytesPerSample(picture.format(), index);
        return new BytePointer(plane.position(row * picture.strides()[index] + column).slice());
    }

    private ByteBuffer staged(int index, ByteBuffer heap) {
        ByteBuffer copy = staging[index];
        if (copy == null || copy.capacity() < heap.capacity()) {
            copy = ByteBuffer.allocateDirect(heap.capacity());
            staging[index] = copy;
        }
        copy.clear();
        copy.put(heap).clear();
        return copy;
    }

    private AVFrame boxFrame(int width, int height) {
        if (boxFrame != null && boxFrame.width() == width && boxFrame.height() == height) {
            return boxFrame;
        }
        freeBoxFrame();
        AVFrame allocated = av_frame_alloc();
        allocated.width(width).height(height).format(AV_PIX_FMT_YUV420P);
        int status = av_frame_get_buffer(allocated, 0);
        if (status < 0) {
            av_frame_free(allocated);
            throw new IllegalStateException("no memory for a " + width + "x" + height + " box (FFmpeg error "
                    + status + ")");
        }
        boxFrame = allocated;
        return boxFrame;
    }

    private static boolean isSubsampled(PixelFormat format) {
        return format == PixelFormat.YUV420P || format == PixelFormat.NV12;
    }

    /** Bytes one sample takes in plane {@code index}: interleaved U and V count as one sample of two bytes. */
    private static int bytesPerSample(PixelFormat format, int index) {
        return switch (format) {
            case YUV420P -> 1;
            case NV12 -> index == 0 ? 1 : 2;
            case BGR24 -> 3;
            case BGRA -> 4;
        };
    }

    private void freeBoxFrame() {
        if (boxFrame != null) {
            av_frame_free(boxFrame);
            boxFrame = null;
        }
    }

    @Override
    public void close() {
        freeBoxFrame();
        if (context != null) {
            sws_freeContext(context);
            context = null;
        }
        source.close();
        sourceStrides.close();
    }
}
