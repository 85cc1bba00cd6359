package studio.coanchor.play;

import studio.coanchor.media.Lifecycle;

/** Where a player is. ENDED (2006), FAILED (a negative code) and STOPPED end a run; {@code start} begins another. */
public enum PlayState implements Lifecycle.State {
    IDLE,
    CONNECTING,
    PLAYING,
    LOADING,
    RECONNECTING,
    ENDED,
    FAILED,
    STOPPED;

    @Override
    public boolean isTerminal() {
        return this == ENDED || this == FAILED || this == STOPPED;
    }
}
