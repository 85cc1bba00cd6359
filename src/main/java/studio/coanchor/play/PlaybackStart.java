package studio.coanchor.play;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;

/** Reports PLAY_EVT_PLAY_BEGIN (2004) once per run, whichever of the picture and the sound starts first. */
final class PlaybackStart {
    private final AtomicBoolean begun = new AtomicBoolean();
    private final EventPublisher events;
    private final Consumer<PlayState> state;

    PlaybackStart(EventPublisher events, Consumer<PlayState> state) {
        this.events = events;
        this.state = state;
    }

    void begin(String message) {
        if (begun.compareAndSet(false, true)) {
            events.publish(EventCode.PLAY_EVT_PLAY_BEGIN, message);
        }
        state.accept(PlayState.PLAYING);
    }

    boolean begun() {
        return begun.get();
    }
}
