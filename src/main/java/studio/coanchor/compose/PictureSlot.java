package studio.coanchor.compose;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import studio.coanchor.media.VideoFrame;

/**
 * The latest picture of one input, handed from the thread that decodes it to the one thread that composes, without
 * either waiting: three native buffers rotate between the writer, the slot and the reader, so a picture being read is
 * never written over and the writer never allocates once sizes settle. The last picture stays until a newer one comes.
 */
final class PictureSlot {
    private record Shared(VideoFrame picture, boolean fresh) {
    }

    /** A picture's width and height. */
    record Dimensions(int width, int height) {
    }

    private final AtomicReference<Shared> shared = new AtomicReference<>(new Shared(null, false));
    private VideoFrame back;
    private VideoFrame front;
    private volatile Dimensions size;

    /** Copies {@code picture} in; called from one writer thread at a time. */
    synchronized void write(VideoFrame picture) {
        back = copy(picture, back);
        if (size == null || size.width() != picture.width() || size.height() != picture.height()) {
            size = new Dimensions(picture.width(), picture.height());
        }
        back = shared.getAndSet(new Shared(back, true)).picture();
    }

    /** The latest picture, or null before the first; valid until the reader's next call. */
    VideoFrame read() {
        if (shared.get().fresh()) {
            front = shared.getAndSet(new Shared(front, false)).picture();
        }
        return front;
    }

    /** The size of the latest picture written, or null before the first; from any thread. */
    Dimensions size() {
        return size;
    }

    /** {@code picture}'s pixels in {@code reuse}'s buffers when they fit, otherwise in new native ones. */
    private static VideoFrame copy(VideoFrame picture, VideoFrame reuse) {
        ByteBuffer[] planes = new ByteBuffer[picture.planes().length];
        for (int i = 0; i < planes.length; i++) {
            ByteBuffer source = picture.planes()[i].duplicate();
            source.clear().limit(Math.min(source.capacity(), picture.strides()[i] * picture.planeHeight(i)));
            ByteBuffer target = fits(reuse, picture, i, source.remaining()) ? reuse.planes()[i]
                    : ByteBuffer.allocateDirect(source.remaining());
            target.clear();
            target.put(source).clear();
            planes[i] = target;
        }
        return new VideoFrame(picture.width(), picture.height(), picture.format(), planes, picture.strides().clone(),
                picture.ptsMicros(), picture.captureMillis());
    }

    private static boolean fits(VideoFrame reuse, VideoFrame picture, int plane, int bytes) {
        return reuse != null && reuse.format() == picture.format() && reuse.planes().length > plane
                && reuse.planes()[plane].capacity() >= bytes;
    }
}
