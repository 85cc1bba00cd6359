package studio.coanchor.encode;

import studio.coanchor.media.FfmpegLog;

/** An FFmpeg call that returned an error, with FFmpeg's own words for it. */
final class FfmpegError extends Exception {
    private static final long serialVersionUID = 1L;

    private FfmpegError(String message) {
        super(message);
    }

    /** {@code what} failed with FFmpeg status {@code status}; {@code logged} is what FFmpeg logged meanwhile, if anything. */
    static FfmpegError of(String what, int status, String logged) {
        return new FfmpegError(what + ": " + new FfmpegLog.Captured(status, logged).reason());
    }

    static FfmpegError of(String what, int status) {
        return of(what, status, null);
    }

    static FfmpegError of(String what) {
        return new FfmpegError(what);
    }
}
