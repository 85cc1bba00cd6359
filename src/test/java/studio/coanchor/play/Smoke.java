package studio.coanchor.play;

import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.testkit.RtmpStreamServer;
import studio.coanchor.testkit.TcpRelay;

class Smoke {
    @Test
    void smoke() throws Exception {
        try (RtmpStreamServer server = new RtmpStreamServer(640, 360, 30, true);
             TcpRelay relay = new TcpRelay(server.port());
             Player player = new Player(PlayOptions.of(relay.relayed(server.url()), DelayMode.valueOf(System.getProperty("mode", "ACC"))))) {
            long t0 = System.nanoTime();
            player.addEventListener(e -> System.out.println((System.nanoTime() - t0) / 1000000 + " " + e.line()));
            player.addStatusListener(s -> System.out.println((System.nanoTime() - t0) / 1000000 + " " + s.line()));
            int[] counts = new int[2];
            player.start(new FrameSink() {
                public void onVideo(VideoFrame f) { counts[0]++; }
                public void onAudio(AudioFrame f) { counts[1] += f.sampleCount(); }
            });
            Thread.sleep(4000);
            relay.hold();
            System.out.println("HOLD");
            Thread.sleep(3000);
            relay.release();
            System.out.println("RELEASE");
            Thread.sleep(5000);
            System.out.println("frames " + counts[0] + " samples " + counts[1] + " " + player.latency().line());
        }
    }
}
