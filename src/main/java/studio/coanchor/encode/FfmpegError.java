package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;

/** An FFmpeg call that returned an error, with FFmpeg's own words for it. */
final class FfmpegError extends Exception {
    private static final long serialVersionUID = 1L;

    private FfmpegError(String message) {
        super(message);
    }

    /** {@code what} failed with FFmpeg status {@code status}; {@code logged} is what FFmpeg logged meanwhile, if anything. */
    static FfmpegError of(String what, int status, String logged) {
        String reason = logged == null || logged.isBlank() ? describe(status) : logged.strip();
        return new FfmpegError(what + ": " + reason);
    }

    static FfmpegError of(String what, int status) {
        return of(what, status, null);
    }

    static FfmpegError of(String what) {
        return new FfmpegError(what);
    }

    private static String describe(int status) {
        byte[] text = new byte[256];
        if (av_strerror(status, text, text.length) < 0) {
            return "FFmpeg error " + status;
        }
        int length = 0;
        while (length < text.length && text[length] != 0) {
            length++;
        }
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }
}
