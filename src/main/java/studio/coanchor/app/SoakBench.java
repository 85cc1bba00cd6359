package studio.coanchor.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * {@code coanchor bench soak}: pushes the HD test pattern with its tone through an RTMP server and plays it back in
 * ACC mode for a long time, and tells whether the process grows: every few seconds it reads the resident set and the
 * heap left after a full collection, and fits a line through the readings taken after warm-up. It also follows the
 * picture's offset from the sound, and counts the frames the push and the player dropped.
 */
final class SoakBench {
    static final double GROWTH_TARGET_MB_PER_10_MIN = 1.0;
    static final int DRIFT_TARGET_MS = 40;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    private static final Duration START_LIMIT = Duration.ofSeconds(10);
    private static final double MB = 1024 * 1024;

    private final PrintStream out;
    private final ProcessMemory memory = new ProcessMemory();

    SoakBench(PrintStream out) {
        this.out = out;
    }

    /** One memory reading, {@code seconds} after the soak began; {@code rss} is -1 where the system does not tell. */
    private record Sample(double seconds, long rss, long heap) {
    }

    /** The picture's offset from the sound as the player reported it, {@code seconds} after the soak began. */
    private record Offset(double seconds, int millis) {
    }

    int run(SoakRequest request) {
        VideoSettings video = QualityPreset.HD.settings(Orientation.LANDSCAPE);
        out.printf(Locale.ROOT, "Soak through %s: %dx%d at %d fps, x264 %d kbit/s and AAC %d kbit/s, played back in ACC"
                        + " mode for %s (the first %s warm-up); memory read every %d s after a full collection%n",
                request.server(), video.width(), video.height(), video.fps(), video.bitrateKbps(),
                QualityPreset.AUDIO_BITRATE_KBPS, SoakRequest.spoken(request.duration()),
                SoakRequest.spoken(request.warmUp()), SAMPLE_EVERY.toSeconds());
        String url = request.stream("soak-" + HexFormat.of().formatHex(randomBytes()));
        Pusher pusher = new Pusher(new PushOptions(url, null, video, QualityPreset.AUDIO_BITRATE_KBPS,
                ReconnectPolicy.DEFAULT, PushOptions.DEFAULT_CONNECT_TIMEOUT),
                new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
        TestPatternSource pattern = new TestPatternSource(video.width(), video.height(), video.fps(), false, true);
        Player player = new Player(PlayOptions.of(url, DelayMode.ACC).withSpeaker(false));
        List<String> trouble = new CopyOnWriteArrayList<>();
        AtomicLong pushDrops = new AtomicLong();
        AtomicLong playDrops = new AtomicLong();
        List<Offset> offsets = new ArrayList<>();
        long begin = System.nanoTime();
        pusher.addEventListener(event -> {
            if (event.code().isError()) {
                trouble.add(event.line());
            }
        });
        player.addEventListener(event -> {
            if (event.code().isError()) {
                trouble.add(event.line());
            }
        });
        pusher.addStatusListener(status -> pushDrops.set(status.dropped()));
        player.addStatusListener(status -> {
            playDrops.set(status.dropped());
            synchronized (offsets) {
                offsets.add(new Offset((System.nanoTime() - begin) / 1e9, status.avOffsetMs()));
            }
        });
        List<Sample> samples = new ArrayList<>();
        try {
            pusher.start();
            pattern.start(pusher, event -> { });
            player.start(new NoFrames());
            if (!awaitPicture(player)) {
                out.println("FAILED no picture came back from " + request.server() + " within "
                        + START_LIMIT.toSeconds() + " s" + (trouble.isEmpty() ? "" : ": " + trouble.get(0)));
                return 1;
            }
            long end = begin + request.duration().toNanos();
            while (System.nanoTime() < end && trouble.isEmpty()) {
                Thread.sleep(Math.min(SAMPLE_EVERY.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                Sample sample = new Sample((System.nanoTime() - begin) / 1e9,
                        memory.residentBytes().orElse(-1), memory.heapAfterCollection());
                samples.add(sample);
                out.printf(Locale.ROOT, "SAMPLE t=%.0f rss=%s heap=%.1fMB push_drops=%d play_drops=%d%n",
                        sample.seconds(), sample.rss() < 0 ? "-" : String.format(Locale.ROOT, "%.1fMB",
                                sample.rss() / MB), sample.heap() / MB, pushDrops.get(), playDrops.get());
            }
        } catch (MediaException e) {
            trouble.add(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            player.stop();
            pattern.stop();
            pusher.stop();
        }
        if (!trouble.isEmpty()) {
            out.println("FAILED " + trouble.get(0));
            return 1;
        }
        synchronized (offsets) {
            return report(request, samples, offsets, pushDrops.get(), playDrops.get());
        }
    }

    private int report(SoakRequest request, List<Sample> samples, List<Offset> offsets, long pushDrops,
                       long playDrops) {
        double warm = request.warmUp().toSeconds();
        List<Sample> measured = samples.stream().filter(s -> s.seconds() >= warm).toList();
        List<Offset> steady = offsets.stream().filter(o -> o.seconds() >= warm).toList();
        if (measured.size() < 3 || steady.size() < 3) {
            out.println("FAILED too few readings after the warm-up to tell a trend: run longer");
            return 1;
        }
        LinearTrend heap = trend(measured, Sample::heap);
        boolean rssKnown = measured.stream().allMatch(s -> s.rss() >= 0);
        LinearTrend rss = rssKnown ? trend(measured, Sample::rss) : null;
        int third = steady.size() / 3;
        double early = steady.subList(0, Math.max(1, third)).stream().mapToInt(Offset::millis).average().orElseThrow();
        double late = steady.subList(steady.size() - Math.max(1, third), steady.size()).stream()
                .mapToInt(Offset::millis).average().orElseThrow();
        int drift = (int) Math.round(Math.abs(late - early));
        int widest = steady.stream().mapToInt(o -> Math.abs(o.millis())).max().orElseThrow();

        out.printf(Locale.ROOT, "RESULT rss_mb_per_10min=%s rss_error=%s heap_mb_per_10min=%.2f heap_error=%.2f"
                        + " av_drift_ms=%d av_early_ms=%.0f av_late_ms=%.0f av_max_ms=%d push_drops=%d play_drops=%d"
                        + " samples=%d%n",
                rss == null ? "-" : String.format(Locale.ROOT, "%.2f", rss.slope()),
                rss == null ? "-" : String.format(Locale.ROOT, "%.2f", rss.standardError()),
                heap.slope(), heap.standardError(), drift, early, late, widest, pushDrops, playDrops,
                measured.size());
        boolean met = heap.slope() < GROWTH_TARGET_MB_PER_10_MIN
                && (rss == null || rss.slope() < GROWTH_TARGET_MB_PER_10_MIN) && drift < DRIFT_TARGET_MS;
        out.printf(Locale.ROOT, "target: under %.0f MB per 10 min after warm-up (RSS and heap after a full collection),"
                        + " A/V drift under %d ms: %s%s%n", GROWTH_TARGET_MB_PER_10_MIN, DRIFT_TARGET_MS,
                met ? "met" : "MISSED", rss == null ? " (RSS is not readable on this system)" : "");
        return met ? 0 : 1;
    }

    /** Growth in MB per 10 minutes, with its standard error, over the readings given. */
    private static LinearTrend trend(List<Sample> samples, ToLongFunction<Sample> bytes) {
        LinearTrend perSecond = LinearTrend.fit(samples.stream()
                .map(s -> new double[] {s.seconds(), bytes.applyAsLong(s) / MB}).toList());
        return new LinearTrend(perSecond.slope() * 600, perSecond.standardError() * 600, perSecond.points());
    }

    private static boolean awaitPicture(Player player) throws InterruptedException {
        long end = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < end && !player.state().isTerminal()) {
            if (player.firstPictureMillis().isPresent()) {
                return true;
            }
            Thread.sleep(20);
        }
        return player.firstPictureMillis().isPresent();
    }

    private static byte[] randomBytes() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return random;
    }
}
