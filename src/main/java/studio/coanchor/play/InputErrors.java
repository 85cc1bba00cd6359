package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_FORBIDDEN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_SERVER_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_UNAUTHORIZED;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_BAD_REQUEST;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_OTHER_4XX;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_HTTP_TOO_MANY_REQUESTS;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;

import java.util.regex.Pattern;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.IoDeadline;

/**
 * Turns a failed open or read into the play event it means and a sentence a user can act on. Connection failures
 * are told apart by what FFmpeg logged ("Connection to tcp://... failed"), which reads the same on every system,
 * rather than by errno values, which do not.
 */
final class InputErrors {
    /** A URL's query in FFmpeg's words, where a signature may travel. */
    /** AVERROR(EPIPE): EPIPE is 32 on Linux, macOS and Windows alike. */
    private static final int BROKEN_PIPE = -32;
    private static final Pattern QUERY = Pattern.compile("(\\w+://[^\\s?]*)\\?[^\\s;]*");

    private InputErrors() {
    }

    static InputFailure opening(FfmpegLog.Captured failure, PlayUrl url, IoDeadline deadline, long timeoutMillis) {
        int status = failure.status();
        String where = url.shown();
        if (deadline.cancelled()) {
            return new InputFailure(EventCode.PLAY_WARNING_SEVER_CONN_FAIL, "stopped", false);
        }
        if (deadline.expired()) {
            return new InputFailure(EventCode.PLAY_WARNING_SEVER_CONN_FAIL, "no answer from " + url.host()
                    + " within " + timeoutMillis + " ms", false);
        }
        String reason = scrubbed(failure.reason());
        if (reason.contains("Connection to tcp://") || reason.contains("Cannot open connection")) {
            return new InputFailure(EventCode.PLAY_WARNING_SEVER_CONN_FAIL, "cannot connect to " + where + ": "
                    + connectReason(reason), false);
        }
        if (status == AVERROR_HTTP_NOT_FOUND) {
            return new InputFailure(EventCode.PLAY_ERR_FILE_NOT_FOUND, "nothing to play at " + where
                    + " (HTTP 404): check the stream name, and that the anchor is live", true);
        }
        if (status == AVERROR_HTTP_UNAUTHORIZED || status == AVERROR_HTTP_FORBIDDEN) {
            return new InputFailure(EventCode.PLAY_ERR_GET_PLAYINFO_FAIL, "the server refused to serve " + where
                    + " (" + reason + "): check the URL's signature and expiry", true);
        }
        if (status == AVERROR_HTTP_BAD_REQUEST || status == AVERROR_HTTP_TOO_MANY_REQUESTS
                || status == AVERROR_HTTP_OTHER_4XX) {
            return new InputFailure(EventCode.PLAY_ERR_GET_PLAYINFO_FAIL, "the server refused to serve " + where
                    + " (" + reason + ")", true);
        }
        if (status == AVERROR_HTTP_SERVER_ERROR) {
            return new InputFailure(EventCode.PLAY_WARNING_SHAKE_FAIL, "the server failed to serve " + where
                    + " (" + reason + ")", false);
        }
        if (url.protocol() == PlayUrl.Protocol.RTMP) {
            if (reason.contains("Server error")) {
                return new InputFailure(EventCode.PLAY_WARNING_SHAKE_FAIL, "the RTMP server at " + url.host()
                        + " refused to play " + where + ": " + reason, false);
            }
            if (status == BROKEN_PIPE) {
                return new InputFailure(EventCode.PLAY_WARNING_SHAKE_FAIL, "the RTMP server at " + url.host()
                        + " hung up instead of playing " + where + " (is anyone publishing it?)", false);
            }
            return new InputFailure(EventCode.PLAY_WARNING_SHAKE_FAIL, "the server at " + url.host()
                    + " did not start playing " + where + " as an RTMP server would: " + reason, false);
        }
        if (status == AVERROR_INVALIDDATA) {
            return new InputFailure(EventCode.PLAY_ERR_GET_PLAYINFO_FAIL, where + " is not an audio/video stream ("
                    + reason + "); an HTTP URL must serve HTTP-FLV (.flv) or HLS (.m3u8)", true);
        }
        return new InputFailure(EventCode.PLAY_WARNING_SHAKE_FAIL, "cannot open " + where + ": " + reason, false);
    }

    static InputFailure reading(FfmpegLog.Captured failure, PlayUrl url, IoDeadline deadline, long timeoutMillis) {
        if (deadline.cancelled()) {
            return new InputFailure(EventCode.PLAY_WARNING_SERVER_DISCONNECT, "stopped", false);
        }
        if (deadline.expired()) {
            return new InputFailure(EventCode.PLAY_WARNING_RECV_DATA_LAG, "no data from " + url.host() + " for "
                    + timeoutMillis + " ms", false);
        }
        return new InputFailure(EventCode.PLAY_WARNING_SERVER_DISCONNECT, "lost the stream from " + url.shown() + ": "
                + scrubbed(failure.reason()), false);
    }

    /** "Connection to tcp://127.0.0.1:1935 failed: Connection refused; ..." becomes "Connection refused". */
    private static String connectReason(String logged) {
        int failed = logged.indexOf("failed: ");
        String rest = failed < 0 ? logged : logged.substring(failed + "failed: ".length());
        int more = rest.indexOf("; ");
        return more < 0 ? rest : rest.substring(0, more);
    }

    private static String scrubbed(String reason) {
        return QUERY.matcher(reason).replaceAll("$1?…");
    }
}
