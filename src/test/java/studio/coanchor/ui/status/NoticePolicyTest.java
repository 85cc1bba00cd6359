package studio.coanchor.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.ui.EventOrigin;

class NoticePolicyTest {
    private final NoticePolicy policy = new NoticePolicy();

    @Test
    void aBusyNetworkGivesTencentsAdviceAtMostEvery30Seconds() {
        Notice first = on(EventOrigin.PUSH, EventCode.PUSH_WARNING_NET_BUSY, "encoding 1264 kbps but sending 300", 0)
                .orElseThrow();
        assertEquals(Notice.warning("Network is busy", NoticePolicy.NET_BUSY_ADVICE), first);
        assertTrue(first.text().contains("Move closer to your router"));
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_WARNING_NET_BUSY, "again", 10_000).isEmpty());
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_WARNING_NET_BUSY, "again", 30_000).isPresent());
    }

    @Test
    void reconnectingThenPushingAgainSaysReconnected() {
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_EVT_PUSH_BEGIN, "pushing to rtmp://h/live/s", 0).isEmpty());
        Notice reconnecting = on(EventOrigin.PUSH, EventCode.PUSH_WARNING_RECONNECT, "attempt 1 of 3 in 3 s", 1)
                .orElseThrow();
        assertEquals(Notice.Kind.WARNING, reconnecting.kind());
        assertEquals("Reconnecting", reconnecting.title());
        Notice back = on(EventOrigin.PUSH, EventCode.PUSH_EVT_PUSH_BEGIN, "pushing to rtmp://h/live/s", 2).orElseThrow();
        assertEquals(Notice.info("Reconnected", "Live again: pushing to rtmp://h/live/s"), back);
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_EVT_PUSH_BEGIN, "pushing", 3).isEmpty());
    }

    @Test
    void hardwareFallbackAndErrorsAreNotifiedOtherEventsAreNot() {
        assertEquals("Encoding in software", on(EventOrigin.PUSH, EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL,
                "Cannot load libcuda.so.1; using libx264", 0).orElseThrow().title());
        assertEquals("Recording in software", on(EventOrigin.RECORDING, EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL,
                "Cannot load libcuda.so.1; using libx264", 0).orElseThrow().title());
        assertEquals(Notice.error(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL.description(), "camera busy"),
                on(EventOrigin.SOURCE, EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, "camera busy", 0).orElseThrow());
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_EVT_START_VIDEO_ENCODER, "libx264", 0).isEmpty());
        assertTrue(on(EventOrigin.PUSH, EventCode.PUSH_WARNING_SEVER_CONN_FAIL, "refused", 0).isEmpty());
    }

    private Optional<Notice> on(EventOrigin origin, EventCode code, String message, long millis) {
        return policy.on(origin, new MediaEvent(code, message, 1_000_000 + millis));
    }
}
