package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.play.PlayWatch.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.testkit.RealTime;
import studio.coanchor.testkit.RtmpStreamServer;
import studio.coanchor.testkit.TcpRelay;

/** The player against FFmpeg's own RTMP server in this JVM, through a relay that can stall and cut the stream. */
@Timeout(60)
@RealTime
class PlayerTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 30;

    /** The most each mode may hold once it has caught up (ACC's bound; the others' maximum cache plus 0.5 s). */
    private static final Map<DelayMode, Integer> BOUND_MS = Map.of(DelayMode.ACC, 400, DelayMode.SPEEDY, 1_500,
            DelayMode.AUTO, 2_500, DelayMode.SMOOTH, 5_500);

    /**
     * The longest pause between pictures that still counts as moving. Catching up by freezing would show a gap of
     * the whole excess (seconds); the rest is room for a shared machine's scheduling.
     */
    private static final int MOST_GAP_MS = 250;

    /** Pictures and stereo samples delivered per second over one window. */
    private record Rates(double pictures, double samples) {
    }

    /**
     * The delivery rates over 2 s of steady play. A shared machine can stall every thread at once for a moment, which
     * no player can outrun, so up to three windows are measured and the one nearest the stream's rate counts.
     */
    private static Rates steadyRates(PlayWatch watch) throws InterruptedException {
        Rates nearest = null;
        for (int window = 0; window < 3; window++) {
            long from = System.nanoTime();
            long samplesBefore = watch.samples();
            Thread.sleep(2_000);
            double seconds = (System.nanoTime() - from) / 1e9;
            Rates rates = new Rates(watch.picturesSince(from) / seconds, (watch.samples() - samplesBefore) / seconds);
            if (nearest == null || Math.abs(rates.pictures() - FPS) < Math.abs(nearest.pictures() - FPS)) {
                nearest = rates;
            }
            if (Math.abs(nearest.pictures() - FPS) <= 1) {
                break;
            }
        }
        return nearest;
    }

    private static DelayPolicy policy(DelayMode mode) {
        return mode == DelayMode.AUTO ? DelayPolicy.auto(Duration.ofSeconds(1), Duration.ofSeconds(2))
                : DelayPolicy.of(mode);
    }

    @ParameterizedTest
    @EnumSource(DelayMode.class)
    void everyModePlaysTheStreamAndCatchesUpAfterAStallAndBurst(DelayMode mode) throws Exception {
        try (RtmpStreamServer server = new RtmpStreamServer(WIDTH, HEIGHT, FPS, true);
             TcpRelay relay = new TcpRelay(server.port());
             PlayWatch watch = new PlayWatch(PlayOptions.of(relay.relayed(server.url()), mode)
                     .withDelay(policy(mode)))) {
            Duration firstPicture = mode == DelayMode.SMOOTH ? Duration.ofSeconds(10) : Duration.ofSeconds(5);
            assertTrue(waitFor(() -> !watch.pictures.isEmpty(), firstPicture), "a first picture" + watch.eventLines());

            Rates rates = steadyRates(watch);
            assertEquals(FPS, rates.pictures(), 3, "pictures per second while playing");
            assertEquals(48_000, rates.samples(), 48_000 * 0.15, "stereo samples per second of sound delivered");
            PlayWatch.Shown last = watch.pictures.get(watch.pictures.size() - 1);
            assertEquals(WIDTH + "x" + HEIGHT, last.width() + "x" + last.height());
            assertTrue(watch.saw(EventCode.WARNING_SPEAKER_DEVICE_EMPTY), "no speaker here: 1202" + watch.eventLines());
            assertTrue(watch.saw(EventCode.PLAY_EVT_RCV_FIRST_I_FRAME) && watch.saw(EventCode.PLAY_EVT_PLAY_BEGIN));

            relay.hold();
            Thread.sleep(3_000);
            relay.release();
            long released = System.nanoTime();
            int bound = BOUND_MS.get(mode);
            assertTrue(waitFor(() -> lastTwoWithin(watch.statuses, bound), Duration.ofSeconds(5)),
                    mode + " back within " + bound + " ms of buffer within 5 s of the burst: " + watch.statuses);
            Thread.sleep(1_500);
            long now = System.nanoTime();
            long gap = watch.longestGapMillis(released + 300_000_000L, now);
            assertTrue(gap <= MOST_GAP_MS, "the picture keeps moving while it catches up: it stood still for " + gap
                    + " ms" + watch.statuses);
            assertTrue(waitFor(() -> latencyWithin(watch.lastStatus(), bound + 300), Duration.ofSeconds(5)),
                    "measured latency back within " + (bound + 300) + " ms: " + watch.statuses);
            if (mode == DelayMode.SMOOTH) {
                assertTrue(watch.longestGapMillis(released - 3_000_000_000L, released) <= MOST_GAP_MS,
                        "Smooth plays through a 3 s stall from its 5 s cache");
            } else {
                assertTrue(watch.saw(EventCode.PLAY_EVT_PLAY_LOADING), "the stall shows as loading" + watch.eventLines());
            }
        }
    }

    private static boolean latencyWithin(PlayStatus status, int boundMs) {
        return status != null && status.latencyMs().isPresent() && status.latencyMs().getAsInt() <= boundMs;
    }

    private static boolean lastTwoWithin(List<PlayStatus> statuses, int boundMs) {
        int size = statuses.size();
        return size >= 2 && statuses.get(size - 1).bufferMs() <= boundMs && statuses.get(size - 2).bufferMs() <= boundMs;
    }

    @Test
    void aServerThatGoesAwayGivesReconnectsThenMinus2301() throws Exception {
        try (RtmpStreamServer server = new RtmpStreamServer(320, 240, FPS, true);
             TcpRelay relay = new TcpRelay(server.port());
             PlayWatch watch = new PlayWatch(PlayOptions.of(relay.relayed(server.url()), DelayMode.ACC))) {
            assertTrue(waitFor(() -> !watch.pictures.isEmpty(), Duration.ofSeconds(5)), "playing" + watch.eventLines());

            long cut = System.nanoTime();
            relay.cutOff();

            assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(15)), "gives up in bounded time");
            assertEquals(PlayState.FAILED, watch.player.state());
            assertTrue(watch.saw(EventCode.PLAY_WARNING_SERVER_DISCONNECT), watch.eventLines());
            assertEquals(1, watch.count(EventCode.PLAY_WARNING_RECONNECT), watch.eventLines());
            assertEquals(3, watch.count(EventCode.PLAY_WARNING_SEVER_CONN_FAIL), "one 3002 per attempt" + watch.eventLines());
            assertTrue(watch.first(EventCode.PLAY_ERR_NET_DISCONNECT).message().contains("3 attempts"));
            assertTrue(System.nanoTime() - cut >= Duration.ofSeconds(9).toNanos(), "three attempts 3 s apart");
            assertFalse(watch.saw(EventCode.PLAY_EVT_PLAY_END), "a lost server is not the end of the stream");
        }
    }

    @Test
    void forcedHardwareDecodingThatCannotStartGives2106AndPlaysInSoftware() throws Exception {
        try (RtmpStreamServer server = new RtmpStreamServer(320, 240, FPS, false);
             TcpRelay relay = new TcpRelay(server.port());
             PlayWatch watch = new PlayWatch(PlayOptions.of(relay.relayed(server.url()), DelayMode.ACC)
                     .withDecoder(DecoderChoice.HARDWARE).withSpeaker(false))) {
            assertTrue(waitFor(() -> watch.pictures.size() >= 30, Duration.ofSeconds(6)), "plays" + watch.eventLines());
            String warning = watch.first(EventCode.PLAY_WARNING_HW_ACCELERATION_FAIL).message();
            assertTrue(warning.contains("software"), warning);
            assertTrue(watch.first(EventCode.PLAY_EVT_START_VIDEO_DECODER).message().startsWith("software"));
            assertEquals(320, watch.pictures.get(0).width());
            assertFalse(watch.saw(EventCode.WARNING_SPEAKER_DEVICE_EMPTY), "no speaker asked for, none missed");
            assertEquals(0, watch.samples(), "a stream without sound delivers none");
        }
    }

    @Test
    void startStopStartPlaysAgainAndLeavesNoThreadBehind() throws Exception {
        try (RtmpStreamServer server = new RtmpStreamServer(320, 240, FPS, true);
             TcpRelay relay = new TcpRelay(server.port());
             PlayWatch watch = new PlayWatch(PlayOptions.of(relay.relayed(server.url()), DelayMode.ACC)
                     .withSpeaker(false))) {
            assertTrue(waitFor(() -> watch.pictures.size() >= 10, Duration.ofSeconds(5)), "first run plays");
            watch.player.stop();
            assertEquals(PlayState.STOPPED, watch.player.state());
            assertTrue(playThreads().isEmpty(), "threads joined: " + playThreads());

            int before = watch.pictures.size();
            watch.player.start(watch);
            assertTrue(waitFor(() -> watch.pictures.size() >= before + 10, Duration.ofSeconds(6)),
                    "second run plays" + watch.eventLines());
            assertEquals(PlayState.PLAYING, watch.player.state());
            watch.player.stop();
            assertTrue(playThreads().isEmpty(), "threads joined: " + playThreads());
        }
    }

    private static List<String> playThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("play-") && !name.equals("play-audio-open")).toList();
    }

    @Test
    void aReconnectPolicyOfOneAttemptGivesUpAtOnce() throws Exception {
        try (TcpRelay nothing = new TcpRelay(1)) {
            nothing.cutOff();
            PlayOptions options = PlayOptions.of("rtmp://127.0.0.1:" + nothing.port() + "/live/x", DelayMode.ACC)
                    .withReconnect(new ReconnectPolicy(1, Duration.ofSeconds(3)));
            try (PlayWatch watch = new PlayWatch(options)) {
                assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(4)), watch.eventLines());
                assertEquals(1, watch.count(EventCode.PLAY_WARNING_SEVER_CONN_FAIL), watch.eventLines());
                assertTrue(watch.first(EventCode.PLAY_WARNING_SEVER_CONN_FAIL).message().contains("refused"),
                        watch.eventLines());
                assertTrue(watch.first(EventCode.PLAY_ERR_NET_DISCONNECT).message().contains("1 attempt"));
            }
        }
    }
}
