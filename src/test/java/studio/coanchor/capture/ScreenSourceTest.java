package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.testkit.VirtualDisplay;

/** Grabs the session's X display, or a private Xvfb one when there is none; DeviceFailureTest covers -1309. */
class ScreenSourceTest {

    @Test
    void capturesARegionAtTheRequestedRate() throws Exception {
        CollectingSink sink = new CollectingSink();
        try (VirtualDisplay display = VirtualDisplay.open()) {
            ScreenSource screen = new ScreenSource(new SourceSpec.Region(16, 8, 320, 240), 15, true, display.name());
            screen.start(sink, sink);
            Thread.sleep(1_000);
            screen.stop();
        }

        assertEquals(EventCode.PUSH_EVT_SCREEN_CAPTURE_SUCC, sink.events().get(0).code());
        assertTrue(sink.video().size() >= 10 && sink.video().size() <= 20, "about 15 frames, got " + sink.video().size());
        CollectingSink.VideoFacts frame = sink.video().get(0);
        assertEquals(320, frame.width());
        assertEquals(240, frame.height());
        assertEquals(PixelFormat.YUV420P, frame.format());
        assertEquals("capture-screen", frame.thread());
        assertEquals(frame.captureMillis(), frame.barcode().orElseThrow());
        assertTrue(CollectingSink.captureThreads().isEmpty());
    }
}
