package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;
import studio.coanchor.testkit.RealTime;

@RealTime
class LoopbackReceiverTest {

    @Test
    void stoppedBeforeAnyPublisherItListensAgainAndDecodesThePushThatComes() throws Exception {
        VideoSettings video = QualityPreset.SD.settings(Orientation.LANDSCAPE);
        try (LoopbackReceiver receiver = new LoopbackReceiver()) {
            receiver.start();
            receiver.stop();
            ReceivedStream nobody = receiver.awaitEnd(Duration.ofSeconds(1));
            assertEquals(ReceivedStream.nothing("stopped"), nobody);

            receiver.start();
            Pusher pusher = new Pusher(PushOptions.to(receiver.url(), video),
                    new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
            TestPatternSource pattern = new TestPatternSource(video.width(), video.height(), video.fps(), true, false);
            try {
                pusher.start();
                pattern.start(pusher, event -> { });
                Thread.sleep(2_500);
            } finally {
                pattern.stop();
                pusher.stop();
            }
            ReceivedStream received = receiver.awaitEnd(Duration.ofSeconds(5));

            assertEquals("h264", received.videoCodec(), received::toString);
            assertEquals(video.width() + "x" + video.height(), received.width() + "x" + received.height());
            assertTrue(received.pictures() >= video.fps(), received::toString);
            assertEquals("aac", received.audioCodec(), received::toString);
            assertEquals(48_000, received.sampleRate());
            assertTrue(received.audioSeconds() >= 1.0, received::toString);
            assertEquals("the publisher left", received.ending());
        }
    }
}
