package studio.coanchor.network;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * The anchor of a scenario: the studio's own pusher with the test pattern, its tone and the latency barcode, x264,
 * reconnecting by the default policy. Keeps every event and status line with the time it came, and samples the send
 * queue and the encoder's bitrate every 100 ms.
 */
final class AnchorPush implements AutoCloseable {
    /** Something the pusher reported or was measured at, stamped with {@link System#nanoTime()}. */
    record Timed<T>(long atNanos, T value) {
    }

    /** The send queue (ms) and the bitrate asked of the encoder (kbit/s) at one moment. */
    record Sample(int queuedMillis, int bitrateKbps) {
    }

    final Pusher pusher;
    final List<Timed<MediaEvent>> events = new CopyOnWriteArrayList<>();
    final List<Timed<PushStatus>> statuses = new CopyOnWriteArrayList<>();
    final List<Timed<Sample>> samples = new CopyOnWriteArrayList<>();
    private final TestPatternSource source;
    private final ScheduledExecutorService sampler;

    AnchorPush(String url, VideoSettings video, boolean autoBitrate) throws MediaException {
        PushOptions options = new PushOptions(url, null, video, QualityPreset.AUDIO_BITRATE_KBPS,
                ReconnectPolicy.DEFAULT, PushOptions.DEFAULT_CONNECT_TIMEOUT, autoBitrate);
        pusher = new Pusher(options, new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
        pusher.addEventListener(event -> events.add(new Timed<>(System.nanoTime(), event)));
        pusher.addStatusListener(status -> statuses.add(new Timed<>(System.nanoTime(), status)));
        source = new TestPatternSource(video.width(), video.height(), video.fps(), true, true);
        pusher.start();
        source.start(pusher, event -> events.add(new Timed<>(System.nanoTime(), event)));
        sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "test-anchor-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> samples.add(new Timed<>(System.nanoTime(),
                new Sample(pusher.queuedMillis(), pusher.videoSettings().bitrateKbps()))), 0, 100, TimeUnit.MILLISECONDS);
    }

    /** Waits for the {@code n}-th PUSH_EVT_PUSH_BEGIN (1002): the first push, or the {@code n - 1}-th reconnect. */
    boolean awaitPushBegin(int n, Duration timeout) throws InterruptedException {
        return Waiting.until(() -> count(EventCode.PUSH_EVT_PUSH_BEGIN, 0) >= n, timeout);
    }

    long count(EventCode code, long sinceNanos) {
        return events.stream().filter(e -> e.atNanos() >= sinceNanos && e.value().code() == code).count();
    }

    /** When {@code code} was first reported at or after {@code sinceNanos}, or -1. */
    long firstAt(EventCode code, long sinceNanos) {
        return events.stream().filter(e -> e.atNanos() >= sinceNanos && e.value().code() == code)
                .mapToLong(Timed::atNanos).min().orElse(-1);
    }

    int maxQueuedMillis(long fromNanos, long toNanos) {
        return samples.stream().filter(s -> s.atNanos() >= fromNanos && s.atNanos() <= toNanos)
                .mapToInt(s -> s.value().queuedMillis()).max().orElse(0);
    }

    /** The first sample at or after {@code fromNanos} whose bitrate satisfies {@code test}, or -1. */
    long firstBitrate(long fromNanos, IntPredicate test) {
        return samples.stream().filter(s -> s.atNanos() >= fromNanos && test.test(s.value().bitrateKbps()))
                .mapToLong(Timed::atNanos).min().orElse(-1);
    }

    List<PushStatus> statuses(long fromNanos, long toNanos) {
        return statuses.stream().filter(s -> s.atNanos() >= fromNanos && s.atNanos() <= toNanos)
                .map(Timed::value).toList();
    }

    String eventLines() {
        StringBuilder lines = new StringBuilder();
        events.forEach(event -> lines.append("\n  ").append(event.value().line()));
        return lines.toString();
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        source.stop();
        pusher.stop();
    }
}
