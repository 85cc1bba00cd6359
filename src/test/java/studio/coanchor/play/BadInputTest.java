package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.testkit.HttpStreamServer;
import studio.coanchor.testkit.NginxRtmp;

/** What the player does with addresses that have nothing playable behind them: an event, a clear message, no hang. */
@Timeout(30)
class BadInputTest {
    private static final ReconnectPolicy TWO_ATTEMPTS = new ReconnectPolicy(2, Duration.ofSeconds(3));

    @Test
    void aStreamNobodyPublishesIsRefusedAtEachAttemptThenMinus2301() throws Exception {
        try (NginxRtmp nginx = NginxRtmp.start();
             PlayWatch watch = new PlayWatch(PlayOptions.of(nginx.rtmpUrl("live") + "/nobody?txSecret=abc123",
                     DelayMode.ACC).withReconnect(TWO_ATTEMPTS))) {
            assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(8)), "gives up" + watch.eventLines());
            List<String> refusals = watch.events.stream().filter(e -> e.code() == EventCode.PLAY_WARNING_SHAKE_FAIL)
                    .map(MediaEvent::message).toList();
            assertEquals(2, refusals.size(), watch.eventLines());
            for (String refusal : refusals) {
                // nginx answers "No such stream" and hangs up; FFmpeg reads the answer or meets the closed socket first
                assertTrue(refusal.contains("refused to play") && refusal.contains("No such stream")
                        || refusal.contains("hung up instead of playing"), refusal);
                assertTrue(refusal.contains("/live/nobody"), refusal);
            }
            assertTrue(watch.saw(EventCode.PLAY_ERR_NET_DISCONNECT));
            assertFalse(watch.eventLines().contains("abc123"), "the signature never shows" + watch.eventLines());
        }
    }

    @Test
    void aWebPageIsNotAStreamAndEndsAtOnceWithMinus2306() throws Exception {
        try (HttpStreamServer server = new HttpStreamServer(320, 240, 25, Duration.ofSeconds(1));
             PlayWatch watch = new PlayWatch(PlayOptions.of(server.pageUrl(), DelayMode.AUTO))) {
            assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(6)), "ends" + watch.eventLines());
            assertEquals(PlayState.FAILED, watch.player.state());
            String message = watch.first(EventCode.PLAY_ERR_GET_PLAYINFO_FAIL).message();
            assertTrue(message.contains("index.html is not an audio/video stream"), message);
            assertFalse(watch.saw(EventCode.PLAY_WARNING_RECONNECT), "no point trying a web page again");
        }
    }

    @Test
    void anHttpStreamThatIsNotThereGivesMinus2303() throws Exception {
        try (HttpStreamServer server = new HttpStreamServer(320, 240, 25, Duration.ofSeconds(1));
             PlayWatch watch = new PlayWatch(PlayOptions.of(server.missingUrl(), DelayMode.AUTO))) {
            assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(6)), "ends" + watch.eventLines());
            String message = watch.first(EventCode.PLAY_ERR_FILE_NOT_FOUND).message();
            assertTrue(message.contains("404") && message.contains("nobody.flv"), message);
        }
    }

    @Test
    void garbageFromATcpServerFailsTheHandshakeAtEachAttemptThenMinus2301() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread garbage = new Thread(() -> sendGarbage(server), "test-garbage-server");
            garbage.setDaemon(true);
            garbage.start();
            PlayOptions options = PlayOptions.of("rtmp://127.0.0.1:" + server.getLocalPort() + "/live/x",
                    DelayMode.ACC).withReconnect(TWO_ATTEMPTS);
            try (PlayWatch watch = new PlayWatch(options)) {
                assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(20)), "gives up" + watch.eventLines());
                assertEquals(2, watch.count(EventCode.PLAY_WARNING_SHAKE_FAIL), watch.eventLines());
                assertTrue(watch.first(EventCode.PLAY_WARNING_SHAKE_FAIL).message().contains("RTMP server"),
                        watch.eventLines());
                assertTrue(watch.saw(EventCode.PLAY_ERR_NET_DISCONNECT));
                assertTrue(watch.pictures.isEmpty());
            }
        }
    }

    private static void sendGarbage(ServerSocket server) {
        Random random = new Random(7);
        while (!server.isClosed()) {
            try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                byte[] noise = new byte[8192];
                for (int i = 0; i < 64; i++) {
                    random.nextBytes(noise);
                    out.write(noise);
                }
            } catch (IOException e) {
                // the player hung up, or the server closed
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/live/x.flv", "srt://127.0.0.1:9000", "/home/anchor/show.flv",
            "live/test", "rtmp://127.0.0.1/live", "http://127.0.0.1/"})
    void anAddressThePlayerCannotPlayIsRefusedWithWhatWouldWork(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PlayOptions.of(url, DelayMode.ACC));
        String message = refused.getMessage();
        assertTrue(message.contains("rtmp://") || message.contains("http://HOST"), "says what works: " + message);
        assertTrue(message.contains(url), "names the address: " + message);
    }
}
