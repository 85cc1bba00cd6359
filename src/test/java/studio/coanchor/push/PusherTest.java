package studio.coanchor.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.push.LivePush.waitFor;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.testkit.RealTime;
import studio.coanchor.testkit.RtmpReceiver;

@Timeout(60)
@RealTime
class PusherTest {

    private static PushOptions options(String url, VideoSettings video, int attempts) {
        return new PushOptions(url, null, video, 64, new ReconnectPolicy(attempts, Duration.ofSeconds(3)),
                Duration.ofSeconds(2));
    }

    private static List<Long> keyFrameTimes(List<RtmpReceiver.Received> video) {
        return video.stream().filter(RtmpReceiver.Received::key).map(RtmpReceiver.Received::ptsMillis).toList();
    }

    private static void assertMonotonic(List<RtmpReceiver.Received> packets, String what) {
        for (int i = 1; i < packets.size(); i++) {
            assertTrue(packets.get(i).ptsMillis() > packets.get(i - 1).ptsMillis(),
                    what + " timestamps must increase: " + packets.get(i - 1).ptsMillis() + " then "
                            + packets.get(i).ptsMillis());
        }
    }

    @ParameterizedTest
    @EnumSource(QualityPreset.class)
    void everyPresetArrivesWithItsSizeRateGopAndAac(QualityPreset preset) throws Exception {
        assertPresetArrives(preset, Orientation.LANDSCAPE);
    }

    @ParameterizedTest
    @CsvSource({"SD", "SUB", "GAME_UHD"})
    void portraitPresetsArriveUpright(QualityPreset preset) throws Exception {
        assertPresetArrives(preset, Orientation.PORTRAIT);
    }

    private void assertPresetArrives(QualityPreset preset, Orientation orientation) throws Exception {
        VideoSettings settings = preset.settings(orientation);
        try (RtmpReceiver receiver = new RtmpReceiver();
             LivePush push = new LivePush(options(receiver.url(), settings, 3), EncoderChoice.X264)) {
            assertTrue(waitFor(() -> keyFrameTimes(receiver.video()).size() >= 3, Duration.ofSeconds(12)),
                    "three key frames should arrive; events: " + push.events);
            List<RtmpReceiver.Received> video = receiver.video();
            RtmpReceiver.Received last = video.get(video.size() - 1);
            assertEquals(settings.width() + "x" + settings.height(), last.width() + "x" + last.height());

            List<Long> keys = keyFrameTimes(video);
            long gopMillis = settings.gopFrames() * 1000L / settings.fps();
            for (int i = 2; i < keys.size(); i++) {
                long interval = keys.get(i) - keys.get(i - 1);
                assertTrue(Math.abs(interval - gopMillis) <= 1000 / settings.fps() + 1,
                        "key frames every " + gopMillis + " ms, got " + interval);
            }
            long framesInGop = video.stream()
                    .filter(r -> r.ptsMillis() >= keys.get(1) && r.ptsMillis() < keys.get(2)).count();
            assertEquals(settings.gopFrames(), framesInGop, 1, "frames per GOP at " + settings.fps() + " fps");

            assertEquals("aac", receiver.audioCodec());
            assertTrue(receiver.audio().size() > 40, "AAC packets arrive");
            assertMonotonic(video, "video");
            assertMonotonic(receiver.audio(), "audio");
            assertEquals(1, receiver.connections());
        }
    }

    @ParameterizedTest
    @CsvSource({"HD", "SD"})
    @Timeout(40)
    void videoBitrateSettlesWithin15PercentOfThePreset(QualityPreset preset) throws Exception {
        VideoSettings settings = preset.settings(Orientation.LANDSCAPE);
        try (RtmpReceiver receiver = new RtmpReceiver();
             LivePush push = new LivePush(options(receiver.url(), settings, 3), EncoderChoice.X264)) {
            assertTrue(waitFor(() -> !receiver.video().isEmpty(), Duration.ofSeconds(10)), "video arrives");
            long first = receiver.video().get(0).ptsMillis();
            assertTrue(waitFor(() -> {
                List<RtmpReceiver.Received> v = receiver.video();
                return v.get(v.size() - 1).ptsMillis() - first >= 12_000;
            }, Duration.ofSeconds(20)), "12 s of video arrive");
            long bytes = receiver.video().stream()
                    .filter(r -> r.ptsMillis() >= first + 2_000 && r.ptsMillis() < first + 12_000)
                    .mapToLong(RtmpReceiver.Received::size).sum();
            double kbps = bytes * 8 / 10_000.0;
            assertEquals(settings.bitrateKbps(), kbps, settings.bitrateKbps() * 0.15,
                    "received video bitrate over seconds 2-12");
            assertTrue(push.statuses.stream().anyMatch(s -> s.videoKbps() > 0 && s.sendKbps() > 0
                    && s.fps() > 0 && s.audioKbps() > 0 && !s.serverIp().equals("-")), "status figures reported");
        }
    }

    @Test
    void forcedNvencFallsBackToSoftwareWith1103AndTheStreamArrives() throws Exception {
        try (RtmpReceiver receiver = new RtmpReceiver();
             LivePush push = new LivePush(options(receiver.url(), QualityPreset.SD.settings(Orientation.LANDSCAPE), 3),
                     EncoderChoice.NVENC)) {
            assertTrue(push.saw(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL), "1103 raised: " + push.events);
            assertTrue(waitFor(() -> receiver.video().size() > 15, Duration.ofSeconds(10)), "video arrives");
        }
    }

    @Test
    void comesBackAfterTheServerDropsTheConnection() throws Exception {
        try (RtmpReceiver receiver = new RtmpReceiver();
             LivePush push = new LivePush(options(receiver.url(), QualityPreset.SD.settings(Orientation.LANDSCAPE), 3),
                     EncoderChoice.X264)) {
            assertTrue(waitFor(() -> receiver.video().size() > 10, Duration.ofSeconds(10)), "video arrives");
            receiver.dropConnection();
            assertTrue(waitFor(() -> push.saw(EventCode.PUSH_WARNING_RECONNECT), Duration.ofSeconds(10)),
                    "1102 reconnect raised: " + push.events);
            assertTrue(waitFor(() -> receiver.video().stream().filter(r -> r.connection() == 2).count() > 10,
                    Duration.ofSeconds(15)), "the stream resumes on a new connection");
            RtmpReceiver.Received resumed = receiver.video().stream().filter(r -> r.connection() == 2)
                    .findFirst().orElseThrow();
            assertTrue(resumed.key(), "the resumed stream starts with a key frame");
            assertEquals(2, push.count(EventCode.PUSH_EVT_PUSH_BEGIN));
            assertEquals(PushState.LIVE, push.pusher.state());
        }
    }

    @Test
    void givesUpWithMinus1307AfterTheLastFailedAttempt() throws Exception {
        RtmpReceiver receiver = new RtmpReceiver();
        try (LivePush push = new LivePush(options(receiver.url(), QualityPreset.SD.settings(Orientation.LANDSCAPE), 1),
                EncoderChoice.X264)) {
            assertTrue(waitFor(() -> receiver.video().size() > 10, Duration.ofSeconds(10)), "video arrives");
            receiver.close();
            assertTrue(push.pusher.awaitTerminal(Duration.ofSeconds(15)), "the pusher gives up");
            assertEquals(PushState.FAILED, push.pusher.state());
            assertTrue(push.saw(EventCode.PUSH_WARNING_RECONNECT));
            assertTrue(push.saw(EventCode.PUSH_ERR_NET_DISCONNECT), "-1307 raised: " + push.events);
        }
    }

    @Test
    void aServerThatRefusesGivesConnectWarningsThenMinus1307InBoundedTime() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        try (LivePush push = new LivePush(options("rtmp://127.0.0.1:" + port + "/live/x",
                QualityPreset.SD.settings(Orientation.LANDSCAPE), 2), EncoderChoice.X264)) {
            assertTrue(push.pusher.awaitTerminal(Duration.ofSeconds(2 * (3 + 2) + 2)), "bounded by count x (interval + timeout)");
            assertEquals(2, push.count(EventCode.PUSH_WARNING_SEVER_CONN_FAIL), "one 3002 per attempt: " + push.events);
            assertTrue(push.saw(EventCode.PUSH_ERR_NET_DISCONNECT));
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(14).toNanos());
    }

    @Test
    void aServerThatNeverAnswersTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            try (LivePush push = new LivePush(options("rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/x",
                    QualityPreset.SD.settings(Orientation.LANDSCAPE), 1), EncoderChoice.X264)) {
                assertTrue(push.pusher.awaitTerminal(Duration.ofSeconds(6)), "one attempt bounded by the timeout");
                assertTrue(push.saw(EventCode.PUSH_ERR_NET_DISCONNECT), "events: " + push.events);
                String warnings = push.events.stream().map(e -> e.message()).collect(Collectors.joining("; "));
                assertTrue(warnings.contains("no answer within"), warnings);
            }
        }
    }

    @Test
    void switchingPresetWhileLiveChangesTheResolutionOnTheSameConnection() throws Exception {
        try (RtmpReceiver receiver = new RtmpReceiver();
             LivePush push = new LivePush(options(receiver.url(), QualityPreset.SD.settings(Orientation.LANDSCAPE), 3),
                     EncoderChoice.X264)) {
            assertTrue(waitFor(() -> receiver.video().stream().anyMatch(r -> r.width() == 640), Duration.ofSeconds(10)));
            push.pusher.changeVideo(QualityPreset.HD.settings(Orientation.LANDSCAPE));
            assertTrue(waitFor(() -> receiver.video().stream().filter(r -> r.width() == 960).count() > 10,
                    Duration.ofSeconds(10)), "960x540 arrives after the switch");
            RtmpReceiver.Received after = receiver.video().stream().filter(r -> r.width() == 960).findFirst().orElseThrow();
            assertEquals(540, after.height());
            assertEquals(1, receiver.connections(), "no new connection: " + push.events);
            assertTrue(push.saw(EventCode.PUSH_EVT_CHANGE_RESOLUTION));
            assertTrue(push.saw(EventCode.PUSH_EVT_CHANGE_BITRATE));
            assertFalse(push.saw(EventCode.PUSH_WARNING_RECONNECT));
        }
    }

    @Test
    void rejectsNonRtmpUrlsAndEmptyTargetsWithAClearMessage() {
        VideoSettings sd = QualityPreset.SD.settings(Orientation.LANDSCAPE);
        IllegalArgumentException http = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PushOptions.to("http://example.com/live/x?txSecret=abc", sd));
        assertTrue(http.getMessage().contains("rtmp://"), http.getMessage());
        assertFalse(http.getMessage().contains("abc"), "the signature never shows");
        IllegalArgumentException nothing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PushOptions(null, null, sd, 64, ReconnectPolicy.DEFAULT, Duration.ofSeconds(5)));
        assertTrue(nothing.getMessage().contains("record"), nothing.getMessage());
    }
}
