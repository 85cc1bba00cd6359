package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.play.PlayWatch.waitFor;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.EventCode;
import studio.coanchor.testkit.NginxRtmp;
import studio.coanchor.testkit.RealTime;
import studio.coanchor.testkit.StampedPush;

/** Co-anchors through a real RTMP relay (nginx with its RTMP module), pushed by the studio's own engine. */
@Timeout(60)
@RealTime
class NginxRelayTest {

    @Test
    void twoCoAnchorsSeeEachOtherWithinA150MsP95() throws Exception {
        try (NginxRtmp nginx = NginxRtmp.start();
             StampedPush anchorA = new StampedPush(nginx.rtmpUrl("live") + "/anchor-a", 640, 360, 30);
             StampedPush anchorB = new StampedPush(nginx.rtmpUrl("live") + "/anchor-b", 640, 360, 30)) {
            assertTrue(anchorA.awaitLive(Duration.ofSeconds(5)) && anchorB.awaitLive(Duration.ofSeconds(5)),
                    "both pushes are live: " + anchorA.events() + anchorB.events());
            try (PlayWatch aSeesB = new PlayWatch(PlayOptions.of(nginx.rtmpUrl("live") + "/anchor-b", DelayMode.ACC));
                 PlayWatch bSeesA = new PlayWatch(PlayOptions.of(nginx.rtmpUrl("live") + "/anchor-a",
                         DelayMode.ACC))) {
                assertTrue(waitFor(() -> !aSeesB.pictures.isEmpty() && !bSeesA.pictures.isEmpty(),
                        Duration.ofSeconds(5)), "both see a picture" + aSeesB.eventLines() + bSeesA.eventLines());
                Thread.sleep(1_000);
                aSeesB.player.resetLatency();
                bSeesA.player.resetLatency();
                // 12 s of pictures, so that one moment's stall of a shared machine is not the whole 5 % tail
                Thread.sleep(12_000);
                for (PlayWatch watch : new PlayWatch[] {aSeesB, bSeesA}) {
                    LatencyReport latency = watch.player.latency();
                    assertTrue(latency.frames() >= 300, "pictures measured: " + latency.line());
                    assertTrue(latency.p95() < 150, "glass-to-glass " + latency.line() + watch.eventLines());
                    assertEquals(360, watch.pictures.get(watch.pictures.size() - 1).height());
                }
            }
        }
    }

    @Test
    void hlsFromTheRelayPlays() throws Exception {
        try (NginxRtmp nginx = NginxRtmp.start();
             StampedPush anchor = new StampedPush(nginx.rtmpUrl("hls") + "/show", 480, 270, 25)) {
            assertTrue(waitFor(() -> ready(nginx), Duration.ofSeconds(10)), "nginx writes the playlist");
            try (PlayWatch watch = new PlayWatch(PlayOptions.of(nginx.hlsUrl("show"), DelayMode.AUTO))) {
                assertTrue(waitFor(() -> watch.pictures.size() >= 50, Duration.ofSeconds(15)),
                        "HLS pictures arrive" + watch.eventLines());
                assertEquals(480, watch.pictures.get(0).width());
                assertTrue(watch.samples() > 0, "with sound");
                assertTrue(watch.player.latency().frames() > 0, "the barcode survives the HLS remux");
                assertTrue(watch.saw(EventCode.PLAY_EVT_PLAY_BEGIN));
            }
        }
    }

    private static boolean ready(NginxRtmp nginx) {
        try {
            return nginx.hlsReady("show");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
