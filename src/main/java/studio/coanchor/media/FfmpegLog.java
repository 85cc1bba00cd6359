package studio.coanchor.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_INFO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's log to SLF4J (logger {@code ffmpeg}) and lets a call see the warnings and errors FFmpeg logged on
 * its own thread while it ran: avcodec_open2 often returns only "Generic error in an external library" and says why
 * ("Cannot load libcuda.so.1") in the log, and an RTMP server's refusal ("No such stream") appears only there. FFmpeg has one log callback per process; whoever installs
 * one last wins, and then {@link #capture} falls back to av_strerror's words.
 */
public final class FfmpegLog extends LogCallback {
    private static final Logger LOG = LoggerFactory.getLogger("ffmpeg");
    private static final ThreadLocal<StringBuilder> CAPTURED = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);
    private static final FfmpegLog INSTANCE = new FfmpegLog();
    /** FFmpeg's "[h264_nvenc @ 0x55d0c0a0b2c0] " context prefix, which means nothing to a user. */
    private static final Pattern CONTEXT_PREFIX = Pattern.compile("^\\[[^\\]]* @ 0x[0-9a-f]+\\] ");

    static {
        INSTANCE.retainReference();
        setLogCallback(INSTANCE);
    }

    private FfmpegLog() {
    }

    /** What {@link #capture} returns: the call's FFmpeg status and the warnings and errors it logged. */
    public record Captured(int status, String logged) {

        /** What FFmpeg logged, or else its words for the status. */
        public String reason() {
            return logged == null || logged.isBlank() ? describe(status) : logged.strip();
        }
    }

    public static Captured capture(IntSupplier call) {
        return capture(call, false);
    }

    /**
     * Like {@link #capture}, for a call expected to fail on many machines (opening a hardware device to see whether
     * there is one): what FFmpeg logs meanwhile goes to the debug log only.
     */
    public static Captured probe(IntSupplier call) {
        return capture(call, true);
    }

    private static Captured capture(IntSupplier call, boolean quiet) {
        StringBuilder lines = new StringBuilder();
        CAPTURED.set(lines);
        QUIET.set(quiet);
        try {
            int status = call.getAsInt();
            return new Captured(status, lines.toString());
        } finally {
            CAPTURED.remove();
            QUIET.remove();
        }
    }

    @Override
    public void call(int level, BytePointer message) {
        String line = message.getString().stripTrailing();
        if (line.isEmpty()) {
            return;
        }
        StringBuilder lines = CAPTURED.get();
        if (lines != null && level <= AV_LOG_WARNING) {
            lines.append(lines.length() == 0 ? "" : "; ").append(CONTEXT_PREFIX.matcher(line).replaceFirst(""));
        }
        if (QUIET.get()) {
            LOG.debug(line);
        } else if (level <= AV_LOG_ERROR) {
            LOG.warn(line);
        } else if (level <= AV_LOG_INFO) {
            LOG.debug(line);
        } else {
            LOG.trace(line);
        }
    }

    /** FFmpeg's own words for an error status ("Connection refused"). */
    public static String describe(int status) {
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
