package studio.coanchor.capture;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * FFmpeg's interrupt callback for one grabber: a read that runs past its deadline, or any read after
 * {@link #cancel()}, returns AVERROR_EXIT instead of blocking. JavaCPP allows only a few live callback thunks,
 * so one shared callback reads the state of each grabber from the native word passed as its opaque pointer.
 */
final class GrabDeadline implements AutoCloseable {
    private static final long NONE = 0;
    private static final long CANCELLED = -1;
    private static final Check CHECK = new Check();

    private final LongPointer state = new LongPointer(1);
    private final long limitNanos;

    GrabDeadline(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000L;
        state.put(NONE);
    }

    void install(AVFormatContext context) {
        AVIOInterruptCB callback = context.interrupt_callback();
        callback.opaque(state);
        callback.callback(CHECK);
    }

    /** Starts the clock on one read. */
    void arm() {
        if (state.get() != CANCELLED) {
            state.put(Math.max(1, System.nanoTime() + limitNanos));
        }
    }

    void disarm() {
        if (state.get() != CANCELLED) {
            state.put(NONE);
        }
    }

    void cancel() {
        state.put(CANCELLED);
    }

    /** Frees the native word; only once the grabber that reads it has been released. */
    @Override
    public void close() {
        state.close();
    }

    private static final class Check extends AVIOInterruptCB.Callback_Pointer {
        @Override
        public int call(Pointer opaque) {
            long value = new LongPointer(opaque).get();
            return value == CANCELLED || (value != NONE && System.nanoTime() - value > 0) ? 1 : 0;
        }
    }
}
