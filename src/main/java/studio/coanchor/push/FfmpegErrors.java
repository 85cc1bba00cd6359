package studio.coanchor.push;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

import studio.coanchor.media.EventCode;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.IoDeadline;

/** Turns FFmpeg's negative error numbers into the push warning they mean and a sentence a user can act on. */
final class FfmpegErrors {
    private static final int ECONNREFUSED = 111;
    private static final int ETIMEDOUT = 110;
    private static final int EHOSTUNREACH = 113;
    private static final int ENETUNREACH = 101;
    private static final int EPIPE = 32;
    private static final int ECONNRESET = 104;

    private FfmpegErrors() {
    }

    static EventCode classify(int error, EventCode fallback, IoDeadline deadline) {
        if (deadline.expired()) {
            return fallback == EventCode.PUSH_WARNING_READ_WRITE_FAIL ? fallback : EventCode.PUSH_WARNING_SEVER_CONN_FAIL;
        }
        int errno = -error;
        if (errno == ECONNREFUSED || errno == ETIMEDOUT || errno == EHOSTUNREACH || errno == ENETUNREACH) {
            return EventCode.PUSH_WARNING_SEVER_CONN_FAIL;
        }
        if (error == AVERROR_EOF() || errno == EPIPE || errno == ECONNRESET) {
            return fallback == EventCode.PUSH_WARNING_READ_WRITE_FAIL ? EventCode.PUSH_WARNING_SERVER_DISCONNECT
                    : fallback;
        }
        return fallback;
    }

    static String describe(int error, IoDeadline deadline, long timeoutMillis) {
        if (deadline.cancelled()) {
            return "stopped";
        }
        if (deadline.expired()) {
            return "no answer within " + timeoutMillis + " ms";
        }
        return FfmpegLog.describe(error);
    }
}
