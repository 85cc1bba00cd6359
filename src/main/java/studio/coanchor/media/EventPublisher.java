package studio.coanchor.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans a component's events out to its listeners; a listener that throws is logged and does not stop the others. */
public final class EventPublisher implements MediaEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<MediaEventListener> listeners = new CopyOnWriteArrayList<>();

    public void add(MediaEventListener listener) {
        listeners.add(listener);
    }

    public void remove(MediaEventListener listener) {
        listeners.remove(listener);
    }

    public void publish(EventCode code, String message) {
        onEvent(MediaEvent.now(code, message));
    }

    @Override
    public void onEvent(MediaEvent event) {
        for (MediaEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Event listener failed on {}", event.code(), e);
            }
        }
    }
}
