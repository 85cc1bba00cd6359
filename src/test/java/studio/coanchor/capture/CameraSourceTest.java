package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;

/** The camera's life cycle on a real FFmpeg input that stops delivering after a moment, like an unplugged camera. */
class CameraSourceTest {

    private static List<EventCode> codes(CollectingSink sink) {
        return sink.events().stream().map(MediaEvent::code).toList();
    }

    @Test
    void reportsRemovalReopensAndCarriesOn() throws Exception {
        CameraSource camera = new CameraSource("lavfi", "testsrc2=size=320x240:rate=30:duration=0.4", false);
        CollectingSink sink = new CollectingSink();
        camera.start(sink, sink);
        long deadline = System.nanoTime() + 5_000_000_000L;
        int framesBeforeRemoval = 0;
        while (!codes(sink).contains(EventCode.PUSH_EVT_CAMERA_AVAILABLE) && System.nanoTime() < deadline) {
            if (!codes(sink).contains(EventCode.PUSH_EVT_CAMERA_REMOVED)) {
                framesBeforeRemoval = sink.video().size();
            }
            Thread.sleep(20);
        }
        Thread.sleep(200);
        camera.stop();

        List<EventCode> codes = codes(sink);
        assertEquals(List.of(EventCode.PUSH_EVT_OPEN_CAMERA_SUCC, EventCode.PUSH_EVT_FIRST_FRAME_AVAILABLE,
                EventCode.PUSH_EVT_CAMERA_REMOVED, EventCode.PUSH_EVT_CAMERA_AVAILABLE), codes.subList(0, 4));
        assertEquals(EventCode.PUSH_EVT_CAMERA_CLOSED, codes.get(codes.size() - 1));
        assertTrue(sink.video().size() > framesBeforeRemoval, "frames keep coming after the camera is back");
        List<CollectingSink.VideoFacts> video = sink.video();
        for (int i = 1; i < video.size(); i++) {
            assertTrue(video.get(i).ptsMicros() > video.get(i - 1).ptsMicros());
        }
        assertEquals("capture-camera", video.get(0).thread());
        assertTrue(CollectingSink.captureThreads().isEmpty());
    }

    @Test
    void stopDuringRetryReturnsPromptly() throws Exception {
        CameraSource camera = new CameraSource("lavfi", "testsrc2=size=160x120:rate=30:duration=0.1", false);
        CollectingSink sink = new CollectingSink();
        camera.start(sink, sink);
        Thread.sleep(400);
        long started = System.nanoTime();
        camera.stop();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 500, "stop took " + millis + " ms");
        assertTrue(codes(sink).contains(EventCode.PUSH_EVT_CAMERA_REMOVED));
        assertEquals(EventCode.PUSH_EVT_CAMERA_CLOSED, codes(sink).get(codes(sink).size() - 1));
        assertTrue(CollectingSink.captureThreads().isEmpty());

        camera.start(sink, sink);
        camera.stop();
        assertTrue(CollectingSink.captureThreads().isEmpty(), "starts again after stop");
    }
}
