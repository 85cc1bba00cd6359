package studio.coanchor.push;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import studio.coanchor.capture.SourceFactory;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PushStatus;

/** A real push for tests: the test pattern with tone, real encoders, a real pusher; records events and status. */
final class LivePush implements AutoCloseable {
    final Pusher pusher;
    final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    final List<PushStatus> statuses = new CopyOnWriteArrayList<>();
    private final CaptureSource source;

    LivePush(PushOptions options, EncoderChoice encoder) throws MediaException {
        pusher = new Pusher(options, new FfmpegEncoderFactory(encoder, "veryfast"));
        pusher.addEventListener(events::add);
        pusher.addStatusListener(statuses::add);
        var video = options.video();
        source = SourceFactory.open(SourceSpec.parse("test", options.audioBitrateKbps() > 0 ? "tone" : "none"),
                video.width(), video.height(), video.fps(), false);
        pusher.start();
        source.start(pusher, events::add);
    }

    boolean saw(EventCode code) {
        return events.stream().anyMatch(e -> e.code() == code);
    }

    long count(EventCode code) {
        return events.stream().filter(e -> e.code() == code).count();
    }

    static boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        source.stop();
        pusher.stop();
    }
}
