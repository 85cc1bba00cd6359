package studio.coanchor.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.VideoFrame;

/**
 * Scales every video frame to at most {@code maxWidth} wide (keeping its aspect) as premultiplied ARGB for the
 * screen and publishes it to a latest-frame slot; the newest picture also serves snapshots. Audio is ignored.
 * Each published image owns its pixels, so the screen may hold it while newer frames arrive.
 */
public final class PreviewTap implements FrameSink, AutoCloseable {
    private final int maxWidth;
    private final LatestFrameSlot<PreviewImage> slot;
    private final PointerPointer<BytePointer> sources = new PointerPointer<>(4);
    private final IntPointer sourceStrides = new IntPointer(4);
    private final PointerPointer<BytePointer> targets = new PointerPointer<>(4);
    private final IntPointer targetStrides = new IntPointer(4);
    private final BytePointer[] staging = new BytePointer[3];
    private SwsContext context;
    private BytePointer target;
    private boolean closed;

    public PreviewTap(int maxWidth, LatestFrameSlot<PreviewImage> slot) {
        if (maxWidth <= 0) {
            throw new IllegalArgumentException("preview width must be positive, was " + maxWidth);
        }
        this.maxWidth = maxWidth;
        this.slot = slot;
    }

    @Override
    public synchronized void onVideo(VideoFrame frame) {
        if (closed) {
            return;
        }
        int width = Math.min(maxWidth, frame.width());
        int height = Math.max(1, (int) Math.round((double) frame.height() * width / frame.width()));
        context = sws_getCachedContext(context, frame.width(), frame.height(),
                frame.format().ffmpegCode(), width, height, AV_PIX_FMT_BGRA, SWS_BILINEAR,
                null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("swscale cannot convert " + frame.format() + " "
                    + frame.width() + "x" + frame.height() + " to " + width + "x" + height);
        }
        for (int i = 0; i < frame.planes().length; i++) {
            sources.put(i, nativePlane(frame, i));
            sourceStrides.put(i, frame.strides()[i]);
        }
        long bytes = (long) width * height * 4;
        if (target == null || target.capacity() < bytes) {
            if (target != null) {
                target.close();
            }
            target = new BytePointer(bytes);
        }
        targets.put(0, target);
        targetStrides.put(0, width * 4);
        sws_scale(context, sources, sourceStrides, 0, frame.height(), targets, targetStrides);

        int[] pixels = new int[width * height];
        target.position(0).limit(bytes).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pixels);
        slot.publish(new PreviewImage(width, height, IntBuffer.wrap(pixels), frame.ptsMicros()));
    }

    /** A native view of plane {@code index}; heap planes (copied frames) are staged into native memory first. */
    private BytePointer nativePlane(VideoFrame frame, int index) {
        ByteBuffer plane = frame.planes()[index].duplicate();
        plane.position(0);
        if (plane.isDirect()) {
            return new BytePointer(plane);
        }
        int length = plane.limit();
        if (staging[index] == null || staging[index].capacity() < length) {
            if (staging[index] != null) {
                staging[index].close();
            }
            staging[index] = new BytePointer(length);
        }
        staging[index].position(0).limit(length).asByteBuffer().put(plane);
        return staging[index];
    }

    @Override
    public void onAudio(AudioFrame frame) {
    }

    /** The newest preview picture, or null before the first frame. */
    public PreviewImage latest() {
        return slot.peek();
    }

    /** Writes the newest preview picture to {@code file} as PNG. */
    public void snapshot(Path file) throws IOException {
        PreviewImage image = slot.peek();
        if (image == null) {
            throw new IOException("no picture to snapshot yet: the source has not delivered a frame");
        }
        SnapshotWriter.writePng(image, file);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sws_freeContext(context);
        context = null;
        for (BytePointer pointer : staging) {
            if (pointer != null) {
                pointer.close();
            }
        }
        if (target != null) {
            target.close();
        }
        sources.close();
        sourceStrides.close();
        targets.close();
        targetStrides.close();
    }
}
