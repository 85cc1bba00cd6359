package studio.coanchor.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;

/** Every event a test push reported, kept in order. */
final class PushEvents implements MediaEventListener {
    private final List<MediaEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(MediaEvent event) {
        events.add(event);
    }

    /** Waits until the server has accepted the stream (1002). */
    boolean awaitLive(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (events.stream().anyMatch(event -> event.code() == EventCode.PUSH_EVT_PUSH_BEGIN)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    List<MediaEvent> all() {
        return events;
    }
}
