package studio.coanchor.media;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * Bounds FFmpeg's blocking I/O (connect, read, write) on one format context: a call that runs past its deadline,
 * or any call after {@link #cancel()}, returns AVERROR_EXIT instead of blocking. JavaCPP allows only about ten live
 * callback thunks per callback type, and silently misroutes calls beyond that, so one shared callback reads the
 * state of each context from the native word passed as its opaque pointer.
 */
public final class IoDeadline implements AutoCloseable {
    private static final long NONE = 0;
    private static final long CANCELLED = -1;
    private static final Check CHECK = new Check();

    private final LongPointer state = new LongPointer(1);

    public IoDeadline() {
        state.put(NONE);
    }

    public void install(AVFormatContext context) {
        AVIOInterruptCB callback = context.interrupt_callback();
        callback.opaque(state);
        callback.callback(CHECK);
    }

    /** Starts the clock on one call. */
    public void arm(long limitMillis) {
        if (state.get() != CANCELLED) {
            state.put(Math.max(1, System.nanoTime() + limitMillis * 1_000_000L));
        }
    }

    public void disarm() {
        if (state.get() != CANCELLED) {
            state.put(NONE);
        }
    }

    /** Makes the current call and every later one return at once; for stopping from another thread. */
    public void cancel() {
        state.put(CANCELLED);
    }

    public boolean cancelled() {
        return state.get() == CANCELLED;
    }

    /** True when the armed deadline has passed: the last failure was a time-out. */
    public boolean expired() {
        long value = state.get();
        return value != NONE && value != CANCELLED && System.nanoTime() - value > 0;
    }

    /** Frees the native word; only once the context that reads it has been freed. */
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
