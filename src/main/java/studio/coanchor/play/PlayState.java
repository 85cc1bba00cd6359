package studio.coanchor.play;

/** Where a player is. ENDED (2006), FAILED (a negative code) and STOPPED end a run; {@code start} begins another. */
public enum PlayState {
    IDLE,
    CONNECTING,
    PLAYING,
    LOADING,
    RECONNECTING,
    ENDED,
    FAILED,
    STOPPED;

    public boolean isTerminal() {
        return this == ENDED || this == FAILED || this == STOPPED;
    }
}
