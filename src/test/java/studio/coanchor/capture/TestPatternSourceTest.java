package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.PixelFormat;

class TestPatternSourceTest {

    @Test
    void deliversPatternAtRequestedSizeAndRateWithTone() throws Exception {
        TestPatternSource source = new TestPatternSource(320, 240, 30, true, false);
        CollectingSink sink = new CollectingSink();
        source.start(sink, sink);
        Thread.sleep(2_000);
        source.stop();

        List<CollectingSink.VideoFacts> video = sink.video();
        assertTrue(video.size() >= 54 && video.size() <= 66, "about 60 frames in 2 s, got " + video.size());
        for (CollectingSink.VideoFacts frame : video) {
            assertEquals(320, frame.width());
            assertEquals(240, frame.height());
            assertEquals(PixelFormat.YUV420P, frame.format());
            assertEquals("capture-test", frame.thread());
            assertTrue(frame.strides()[0] >= 320 && frame.strides()[1] >= 160 && frame.strides()[2] >= 160);
            assertTrue(frame.planeBytes()[0] >= frame.strides()[0] * 240);
            assertTrue(frame.planeBytes()[1] >= frame.strides()[1] * 120);
        }
        for (int i = 1; i < video.size(); i++) {
            assertTrue(video.get(i).ptsMicros() > video.get(i - 1).ptsMicros(), "video pts strictly increase");
        }
        long span = video.get(video.size() - 1).ptsMicros() - video.get(0).ptsMicros();
        double rate = (video.size() - 1) * 1_000_000.0 / span;
        assertEquals(30.0, rate, 1.0, "frames are 1/30 s apart");
        assertEquals(EventCode.PUSH_EVT_FIRST_FRAME_AVAILABLE, sink.events().get(0).code());

        List<AudioFrame> audio = sink.audio();
        long samples = audio.stream().mapToLong(AudioFrame::sampleCount).sum();
        assertTrue(samples > AudioFormat.SAMPLE_RATE * 18 / 10, "about 2 s of sound, got " + samples + " samples");
        for (int i = 1; i < audio.size(); i++) {
            assertTrue(audio.get(i).ptsMicros() > audio.get(i - 1).ptsMicros(), "audio pts strictly increase");
        }
        int peak = 0;
        int crossings = 0;
        short previous = 0;
        for (AudioFrame frame : audio) {
            for (int i = 0; i < frame.sampleCount(); i++) {
                short left = frame.samples()[i * AudioFormat.CHANNELS];
                short right = frame.samples()[i * AudioFormat.CHANNELS + 1];
                assertEquals(left, right, "mono tone on both channels");
                peak = Math.max(peak, Math.abs(left));
                if ((previous < 0) != (left < 0)) {
                    crossings++;
                }
                previous = left;
            }
        }
        assertTrue(peak > 1_000, "tone is audible, peak " + peak);
        double frequency = crossings / 2.0 / (samples / (double) AudioFormat.SAMPLE_RATE);
        assertEquals(440.0, frequency, 15.0, "tone is 440 Hz");
    }

    @Test
    void stampedFramesCarryTheirCaptureTime() throws Exception {
        TestPatternSource source = new TestPatternSource(640, 360, 30, false, true);
        CollectingSink sink = new CollectingSink();
        source.start(sink, sink);
        Thread.sleep(400);
        source.stop();

        assertTrue(sink.video().size() > 5);
        assertTrue(sink.audio().isEmpty(), "no tone asked for");
        for (CollectingSink.VideoFacts frame : sink.video()) {
            assertEquals(frame.captureMillis(), frame.barcode().orElseThrow());
        }
    }

    @Test
    void startsAgainAfterStopAndLeavesNoThreads() throws Exception {
        TestPatternSource source = new TestPatternSource(160, 120, 30, true, false);
        for (int round = 0; round < 2; round++) {
            CollectingSink sink = new CollectingSink();
            source.start(sink, sink);
            Thread.sleep(300);
            source.stop();
            assertTrue(sink.video().size() >= 5, "round " + round + " delivered " + sink.video().size());
            assertTrue(CollectingSink.captureThreads().isEmpty(), "left " + CollectingSink.captureThreads());
        }
        source.stop();
    }

    @Test
    void combinesPatternWithToneFromAnotherSource() throws Exception {
        CombinedSource source = new CombinedSource(new TestPatternSource(160, 120, 15, false, false),
                TestPatternSource.toneOnly());
        CollectingSink sink = new CollectingSink();
        source.start(sink, sink);
        Thread.sleep(500);
        source.stop();
        assertTrue(sink.video().size() >= 4);
        assertTrue(sink.audio().size() >= 30, "10 ms tone chunks, got " + sink.audio().size());
        assertEquals(AudioFormat.SAMPLES_PER_10_MS, sink.audio().get(0).sampleCount());
        assertTrue(CollectingSink.captureThreads().isEmpty());
    }
}
