package studio.coanchor.ui;

import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PushStatus;

/** Hears the engine, on the engine's own threads: each call must return quickly and must not touch the screen. */
public interface EngineListener {

    void onEvent(EventOrigin origin, MediaEvent event);

    /** The live push's figures, once a second while it runs. */
    void onStatus(PushStatus status);
}
