package studio.coanchor.media;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One picture. A frame handed to a {@link FrameSink} is only valid during that call (sources reuse their buffers):
 * a consumer that keeps it calls {@link #copy()}.
 *
 * @param ptsMicros     capture time on the {@link MediaClock}
 * @param captureMillis capture time on the wall clock (what the latency barcode carries)
 */
public record VideoFrame(int width, int height, PixelFormat format, ByteBuffer[] planes, int[] strides,
                         long ptsMicros, long captureMillis) {

    public VideoFrame {
        Objects.requireNonNull(format, "format");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, was " + width + "x" + height);
        }
        if (planes.length != format.planes() || strides.length != format.planes()) {
            throw new IllegalArgumentException(format + " needs " + format.planes() + " planes, got " + planes.length);
        }
    }

    /** Height in rows of plane {@code index}. */
    public int planeHeight(int index) {
        boolean chroma = index > 0 && (format == PixelFormat.YUV420P || format == PixelFormat.NV12);
        return chroma ? (height + 1) / 2 : height;
    }

    /** A frame that owns its pixels (heap buffers, same strides) and outlives the call that delivered this one. */
    public VideoFrame copy() {
        ByteBuffer[] owned = new ByteBuffer[planes.length];
        for (int i = 0; i < planes.length; i++) {
            ByteBuffer source = planes[i].duplicate();
            source.position(0).limit(Math.min(source.capacity(), strides[i] * planeHeight(i)));
            owned[i] = ByteBuffer.allocate(source.remaining()).put(source).flip();
        }
        return new VideoFrame(width, height, format, owned, strides.clone(), ptsMicros, captureMillis);
    }

    /** The same pixels stamped with another capture time (used by sources that pace a file or generator). */
    public VideoFrame withTimes(long newPtsMicros, long newCaptureMillis) {
        return new VideoFrame(width, height, format, planes, strides, newPtsMicros, newCaptureMillis);
    }
}
