package studio.coanchor.push;

import studio.coanchor.media.Lifecycle;

public enum PushState implements Lifecycle.State {
    IDLE,
    CONNECTING,
    LIVE,
    RECONNECTING,
    STOPPED,
    FAILED;

    @Override
    public boolean isTerminal() {
        return this == STOPPED || this == FAILED;
    }
}
