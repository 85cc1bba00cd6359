package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.EventCode;
import studio.coanchor.testkit.HttpStreamServer;
import studio.coanchor.testkit.RealTime;

/** HTTP-FLV from a real HTTP server in this JVM, streamed live for a few seconds and then ended. */
@Timeout(30)
@RealTime
class HttpFlvPlayTest {

    @Test
    void anHttpFlvStreamPlaysAndItsEndGives2006() throws Exception {
        try (HttpStreamServer server = new HttpStreamServer(480, 270, 25, Duration.ofSeconds(3));
             PlayWatch watch = new PlayWatch(PlayOptions.of(server.flvUrl(), DelayMode.AUTO))) {
            assertTrue(watch.player.awaitTerminal(Duration.ofSeconds(12)), "the stream ends" + watch.eventLines());

            assertEquals(PlayState.ENDED, watch.player.state());
            assertTrue(watch.saw(EventCode.PLAY_EVT_PLAY_END), watch.eventLines());
            assertFalse(watch.saw(EventCode.PLAY_WARNING_RECONNECT), "an ended stream is not retried");
            assertTrue(watch.pictures.size() >= 25, "about a second or more of pictures: " + watch.pictures.size());
            assertEquals(480, watch.pictures.get(0).width());
            assertEquals(270, watch.pictures.get(0).height());
            assertTrue(watch.samples() > 48_000 / 2, "sound arrives too: " + watch.samples());
            assertTrue(watch.first(EventCode.PLAY_EVT_RTMP_STREAM_BEGIN).message().contains("/live/test.flv"));
        }
    }
}
