package studio.coanchor.media;

import java.util.OptionalInt;

/**
 * The player's figures for the last second. It lives beside {@link PushStatus} so that windows and view models can
 * show a co-anchor's playback without depending on the player itself.
 *
 * @param fps        pictures shown per second
 * @param kbps       what arrived from the network, kbit/s
 * @param bufferMs   media received but not yet played: how far playback runs behind the newest data
 * @param dropped    video frames received but not shown since start (late, or skipped to catch up)
 * @param avOffsetMs the last shown picture's time minus the sound's time; positive when the picture leads
 * @param latencyMs  glass-to-glass latency read from the pictures' latency barcode, when the stream carries one
 */
public record PlayStatus(int fps, int kbps, int bufferMs, long dropped, int avOffsetMs, OptionalInt latencyMs) {

    public String line() {
        return "STATUS fps=" + fps + " kbps=" + kbps + " buffer=" + bufferMs + " drop=" + dropped + " av=" + avOffsetMs
                + " latency=" + (latencyMs.isPresent() ? String.valueOf(latencyMs.getAsInt()) : "-");
    }
}
