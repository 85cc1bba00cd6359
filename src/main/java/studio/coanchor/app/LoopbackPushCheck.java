package studio.coanchor.app;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * Pushes the test pattern and tone in the default preset, with the encoder the studio would choose, to a
 * {@link LoopbackReceiver} in this process, and checks that the pictures and the sound decode back: H.264 at the
 * pushed size and AAC, all but the last second of both.
 */
final class LoopbackPushCheck implements SelfCheck {
    private static final Duration BEGIN_LIMIT = Duration.ofSeconds(15);
    private static final Duration END_LIMIT = Duration.ofSeconds(5);
    /** Stopping a pusher drops what waits in its send queue, so the check waits for the queue to empty first. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(3);
    /** Starting and stopping the capture and the connection may cost up to a second of the stream. */
    private static final Duration ALLOWED_SHORTFALL = Duration.ofSeconds(1);

    private final Duration length;
    private final VideoSettings video = QualityPreset.HD.settings(Orientation.LANDSCAPE);

    /** @param length how long to push, from the first picture captured once the push has begun */
    LoopbackPushCheck(Duration length) {
        if (length.compareTo(ALLOWED_SHORTFALL.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("a loopback push needs at least 2 s to judge, not " + length.toMillis()
                    + " ms");
        }
        this.length = length;
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public CheckOutcome run() throws InterruptedException {
        try (LoopbackReceiver receiver = new LoopbackReceiver()) {
            receiver.start();
            String failure = push(receiver.url());
            ReceivedStream received = receiver.awaitEnd(END_LIMIT);
            return failure != null ? CheckOutcome.failed(failure) : judge(received, receiver.url());
        } catch (IOException e) {
            return CheckOutcome.failed("no free loopback port for the receiver: " + e.getMessage());
        }
    }

    /** Pushes for {@link #length} from the first picture on; null when that worked, else why not. */
    private String push(String url) throws InterruptedException {
        List<MediaEvent> events = new CopyOnWriteArrayList<>();
        Pusher pusher = new Pusher(PushOptions.to(url, video), new FfmpegEncoderFactory(EncoderChoice.AUTO,
                "veryfast"));
        pusher.addEventListener(events::add);
        BlockingQueue<PushStatus> statuses = new LinkedBlockingQueue<>();
        pusher.addStatusListener(statuses::add);
        TestPatternSource pattern = new TestPatternSource(video.width(), video.height(), video.fps(), true, false);
        try {
            pusher.start();
            pattern.start(pusher, events::add);
            if (!began(events)) {
                return "the push to " + url + " did not begin within " + BEGIN_LIMIT.toSeconds() + " s: "
                        + telling(events);
            }
            Thread.sleep(length.toMillis());
            pattern.stop();
            statuses.clear();
            awaitEmptyQueue(statuses);
            return null;
        } catch (MediaException e) {
            return "the push could not start: " + e.getMessage();
        } finally {
            pattern.stop();
            pusher.stop();
        }
    }

    /** True once the push has begun and the first picture is captured, false on an error or after the limit. */
    private static boolean began(List<MediaEvent> events) throws InterruptedException {
        long end = System.nanoTime() + BEGIN_LIMIT.toNanos();
        while (System.nanoTime() < end) {
            if (events.stream().anyMatch(event -> event.code().isError())) {
                return false;
            }
            if (seen(events, EventCode.PUSH_EVT_PUSH_BEGIN) && seen(events, EventCode.PUSH_EVT_FIRST_FRAME_AVAILABLE)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Waits for a status (one comes every second) that finds the send queue empty, or until the drain limit. */
    private static void awaitEmptyQueue(BlockingQueue<PushStatus> statuses) throws InterruptedException {
        long end = System.nanoTime() + DRAIN_LIMIT.toNanos();
        for (long left = DRAIN_LIMIT.toNanos(); left > 0; left = end - System.nanoTime()) {
            PushStatus status = statuses.poll(left, TimeUnit.NANOSECONDS);
            if (status == null || status.queue() == 0) {
                return;
            }
        }
    }

    /** The first error, or else the latest event. */
    private static String telling(List<MediaEvent> events) {
        return events.stream().filter(event -> event.code().isError()).findFirst()
                .or(() -> events.stream().reduce((earlier, later) -> later))
                .map(MediaEvent::line)
                .orElse("no event at all");
    }

    private static boolean seen(List<MediaEvent> events, EventCode code) {
        return events.stream().anyMatch(event -> event.code() == code);
    }

    private CheckOutcome judge(ReceivedStream received, String url) {
        Duration judged = length.minus(ALLOWED_SHORTFALL);
        long wantedPictures = judged.toMillis() * video.fps() / 1000;
        String found = String.format(Locale.ROOT, "%d pictures %dx%d (%s) and %.1f s of %d Hz sound (%s) decoded back"
                        + " from %s after a %d s push at %d fps, until %s", received.pictures(), received.width(),
                received.height(), nameOrNone(received.videoCodec()), received.audioSeconds(), received.sampleRate(),
                nameOrNone(received.audioCodec()), url, length.toSeconds(), video.fps(), received.ending());
        boolean pictures = received.videoCodec().equals("h264") && received.pictures() >= wantedPictures
                && received.width() == video.width() && received.height() == video.height();
        boolean sound = received.audioCodec().equals("aac") && received.audioSeconds() >= judged.toMillis() / 1000.0;
        if (pictures && sound) {
            return CheckOutcome.passed(found);
        }
        return CheckOutcome.failed(found + "; wanted at least " + wantedPictures + " h264 pictures "
                + video.resolution() + " and " + judged.toSeconds() + " s of aac sound");
    }

    private static String nameOrNone(String codec) {
        return codec.isEmpty() ? "none" : codec;
    }
}
