package studio.coanchor.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * {@code coanchor bench latency}: glass-to-glass latency through an RTMP server, for the studio's push and ACC play
 * and for the ffmpeg CLI pair, measured the same way (the capture time in every picture's latency barcode against
 * the wall clock when the picture comes out of the player) and printed side by side.
 */
final class LatencyBench {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    private static final int FPS = 30;
    private static final int KBPS = 1800;
    private static final Duration WARM_UP = Duration.ofSeconds(1);
    private static final Duration START_LIMIT = Duration.ofSeconds(10);

    private final PrintStream out;

    LatencyBench(PrintStream out) {
        this.out = out;
    }

    int run(LatencyBenchRequest request) {
        out.printf(Locale.ROOT, "Glass-to-glass latency through %s: %dx%d at %d fps, x264 veryfast zero latency "
                        + "%d kbit/s, key frame every second; %d s per pair after a %d s warm-up%n", request.server(),
                WIDTH, HEIGHT, FPS, KBPS, request.duration().toSeconds(), WARM_UP.toSeconds());
        try {
            LatencyRow studio = measureStudio(request);
            LatencyRow cli = CliLatencyPair.available()
                    ? new CliLatencyPair(WIDTH, HEIGHT, FPS, KBPS).measure(request.stream(streamName("cli")),
                    WARM_UP, request.duration())
                    : LatencyRow.failed("ffmpeg CLI push + pull", "not measured: ffmpeg is not on the PATH");
            print(studio, cli);
            return studio.measured() && cli.measured() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private LatencyRow measureStudio(LatencyBenchRequest request) throws InterruptedException {
        String who = "studio push + play (ACC)";
        String url = request.stream(streamName("studio"));
        VideoSettings video = new VideoSettings(WIDTH, HEIGHT, FPS, KBPS, KBPS / 2, KBPS, FPS);
        Pusher pusher = new Pusher(new PushOptions(url, null, video, QualityPreset.AUDIO_BITRATE_KBPS,
                ReconnectPolicy.DEFAULT, PushOptions.DEFAULT_CONNECT_TIMEOUT),
                new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
        List<MediaEvent> pushEvents = new CopyOnWriteArrayList<>();
        pusher.addEventListener(pushEvents::add);
        TestPatternSource pattern = new TestPatternSource(WIDTH, HEIGHT, FPS, true, true);
        Player player = new Player(PlayOptions.of(url, DelayMode.ACC).withSpeaker(false));
        List<MediaEvent> playEvents = new CopyOnWriteArrayList<>();
        player.addEventListener(playEvents::add);
        try {
            pusher.start();
            pattern.start(pusher, pushEvents::add);
            if (!awaitEvent(pushEvents, EventCode.PUSH_EVT_PUSH_BEGIN)) {
                return LatencyRow.failed(who, "could not push to " + request.server() + ": " + last(pushEvents));
            }
            player.start(new NoFrames());
            long end = System.nanoTime() + START_LIMIT.toNanos();
            while (player.firstPictureMillis().isEmpty() && !player.state().isTerminal() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            if (player.firstPictureMillis().isEmpty()) {
                return LatencyRow.failed(who, "no picture came back from " + request.server() + ": "
                        + last(playEvents));
            }
            Thread.sleep(WARM_UP.toMillis());
            player.resetLatency();
            Thread.sleep(request.duration().toMillis());
            return new LatencyRow(who, player.latency(), player.firstPictureMillis().getAsLong(),
                    player.firstKeyFrameMillis().orElse(-1), null);
        } catch (MediaException e) {
            return LatencyRow.failed(who, e.getMessage());
        } finally {
            player.stop();
            pattern.stop();
            pusher.stop();
        }
    }

    private void print(LatencyRow studio, LatencyRow cli) {
        out.printf(Locale.ROOT, "%-28s %7s %7s %7s %17s %12s %9s%n", "pair", "p50 ms", "p95 ms", "max ms",
                "first picture ms", "key frame ms", "pictures");
        for (LatencyRow row : List.of(studio, cli)) {
            if (row.measured()) {
                out.printf(Locale.ROOT, "%-28s %7d %7d %7d %17d %12s %9d%n", row.who(), row.latency().p50(),
                        row.latency().p95(), row.latency().max(), row.firstPictureMillis(),
                        row.keyFrameMillis() < 0 ? "-" : String.valueOf(row.keyFrameMillis()), row.latency().frames());
            } else {
                out.printf(Locale.ROOT, "%-28s %s%n", row.who(), row.failure() != null ? row.failure()
                        : "no picture carried a readable latency barcode");
            }
        }
        if (studio.measured() && cli.measured()) {
            out.printf(Locale.ROOT, "%-28s %6.2fx %6.2fx %6.2fx%n", "studio / ffmpeg CLI",
                    ratio(studio.latency().p50(), cli.latency().p50()),
                    ratio(studio.latency().p95(), cli.latency().p95()),
                    ratio(studio.latency().max(), cli.latency().max()));
        }
        out.println("target: p50 under 60 ms and at most 1.2x the ffmpeg CLI pair's, p95 under 100 ms; first picture"
                + " under 200 ms after its key frame arrives");
    }

    private static double ratio(int studio, int cli) {
        return (double) studio / Math.max(1, cli);
    }

    private static boolean awaitEvent(List<MediaEvent> events, EventCode wanted) throws InterruptedException {
        long end = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < end) {
            for (MediaEvent event : events) {
                if (event.code() == wanted) {
                    return true;
                }
                if (event.code().isError()) {
                    return false;
                }
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static String last(List<MediaEvent> events) {
        return events.isEmpty() ? "no answer within " + START_LIMIT.toSeconds() + " s"
                : events.get(events.size() - 1).message();
    }

    private static String streamName(String who) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "latency-bench-" + who + "-" + HexFormat.of().formatHex(random);
    }
}
