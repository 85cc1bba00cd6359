package studio.coanchor.push;

import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.javacpp.Pointer;

/**
 * FFmpeg's interrupt callback, polled by blocking network calls: it ends a call once its deadline passes or the
 * owner aborts, so no connect or write can hang longer than its timeout, and {@code stop()} is always prompt.
 */
final class IoDeadline extends AVIOInterruptCB.Callback_Pointer {
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private volatile boolean aborted;
    private volatile boolean expired;

    void arm(long timeoutMillis) {
        expired = false;
        deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    void abort() {
        aborted = true;
    }

    boolean expired() {
        return expired;
    }

    boolean aborted() {
        return aborted;
    }

    @Override
    public int call(Pointer opaque) {
        if (aborted) {
            return 1;
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            expired = true;
            return 1;
        }
        return 0;
    }
}
