package studio.coanchor.push;

import java.nio.file.Path;
import java.time.Duration;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;

/**
 * What to push and where: an RTMP URL, a local recording, or both.
 *
 * @param url              {@code rtmp://} or {@code rtmps://} URL, or null to record only
 * @param recordFile       FLV or fragmented MP4 file to record into (playable even if the process is killed), or null
 * @param audioBitrateKbps AAC bitrate, or 0 for a stream without sound
 * @param connectTimeout   how long one connect attempt, or one blocked write, may take
 * @param autoBitrate      let the uplink decide the video bitrate between the settings' minimum and maximum
 */
public record PushOptions(String url, Path recordFile, VideoSettings video, int audioBitrateKbps,
                          ReconnectPolicy reconnect, Duration connectTimeout, boolean autoBitrate) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    public PushOptions {
        if (url == null && recordFile == null) {
            throw new IllegalArgumentException("nothing to do: give an RTMP URL to push to, a file to record, or both");
        }
        if (url != null) {
            PushTarget.check(url);
        }
        if (audioBitrateKbps < 0) {
            throw new IllegalArgumentException("audio bitrate cannot be negative");
        }
    }

    /** A push at the settings' constant bitrate. */
    public PushOptions(String url, Path recordFile, VideoSettings video, int audioBitrateKbps,
                       ReconnectPolicy reconnect, Duration connectTimeout) {
        this(url, recordFile, video, audioBitrateKbps, reconnect, connectTimeout, false);
    }

    public static PushOptions to(String url, VideoSettings video) {
        return new PushOptions(url, null, video, 64, ReconnectPolicy.DEFAULT, DEFAULT_CONNECT_TIMEOUT);
    }

    public PushOptions withAutoBitrate(boolean on) {
        return new PushOptions(url, recordFile, video, audioBitrateKbps, reconnect, connectTimeout, on);
    }

}
