package studio.coanchor.push;

public enum PushState {
    IDLE,
    CONNECTING,
    LIVE,
    RECONNECTING,
    STOPPED,
    FAILED;

    public boolean isTerminal() {
        return this == STOPPED || this == FAILED;
    }
}
