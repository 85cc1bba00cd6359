package studio.coanchor.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.IoDeadline;
import studio.coanchor.media.VideoTrack;

class PacketMuxerTest {
    private static final StreamTracks TRACKS = new StreamTracks(new VideoTrack("libx264", 64, 64, 15, 100, null), null);

    @Test
    @Timeout(10)
    void aSilentServerTimesOutEvenWithManyOtherDeadlinesLive() throws Exception {
        List<IoDeadline> others = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            others.add(new IoDeadline());
        }
        try (ServerSocket silent = new ServerSocket(0)) {
            long start = System.nanoTime();
            MuxerException failure = assertThrows(MuxerException.class, () -> PacketMuxer.open(
                    "rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/x", "x", TRACKS, 1_000, false));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(EventCode.PUSH_WARNING_SEVER_CONN_FAIL, failure.code());
            assertTrue(failure.getMessage().contains("no answer within 1000 ms"), failure.getMessage());
            assertTrue(tookMillis < 3_000, "took " + tookMillis + " ms");
        } finally {
            others.forEach(IoDeadline::close);
        }
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MuxerException failure = assertThrows(MuxerException.class,
                () -> PacketMuxer.open("rtmp://127.0.0.1:" + port + "/live/x", "x", TRACKS, 1_000, false));
        assertEquals(EventCode.PUSH_WARNING_SEVER_CONN_FAIL, failure.code());
        assertTrue(failure.getMessage().contains("refused"), failure.getMessage());
    }
}
