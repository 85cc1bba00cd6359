package studio.coanchor.testkit;

import java.time.Duration;
import java.util.List;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * A real push for tests through the studio's own engine: the test pattern with its tone and the latency barcode,
 * x264 veryfast zero latency with a key frame every second, to an RTMP URL.
 */
public final class StampedPush implements AutoCloseable {
    private final Pusher pusher;
    private final TestPatternSource source;
    private final PushEvents events = new PushEvents();

    public StampedPush(String url, int width, int height, int fps) throws MediaException {
        int kbps = Math.max(300, width * height * fps / 15_000);
        VideoSettings video = new VideoSettings(width, height, fps, kbps, kbps / 2, kbps, fps);
        pusher = new Pusher(new PushOptions(url, null, video, 64, ReconnectPolicy.DEFAULT, Duration.ofSeconds(5)),
                new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
        pusher.addEventListener(events);
        source = new TestPatternSource(width, height, fps, true, true);
        pusher.start();
        source.start(pusher, events);
    }

    /** Waits until the server has accepted the stream (1002). */
    public boolean awaitLive(Duration timeout) throws InterruptedException {
        return events.awaitLive(timeout);
    }

    public List<MediaEvent> events() {
        return events.all();
    }

    @Override
    public void close() {
        source.stop();
        pusher.stop();
    }
}
