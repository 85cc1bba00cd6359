package studio.coanchor.media;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where a media component is in its run, told to listeners as it changes. A terminal state (stopped, failed,
 * ended) is final: later changes are ignored until {@link #restart}.
 */
public final class Lifecycle<S extends Lifecycle.State> {

    /** A component's states know which of them end a run. */
    public interface State {
        boolean isTerminal();
    }

    private final List<Consumer<S>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile S state;

    public Lifecycle(S initial) {
        this.state = initial;
    }

    public S get() {
        return state;
    }

    /** {@code listener} hears every change, on the thread that makes it. */
    public void addListener(Consumer<S> listener) {
        listeners.add(listener);
    }

    public void set(S next) {
        synchronized (lock) {
            if (state == next || state.isTerminal()) {
                return;
            }
            state = next;
            lock.notifyAll();
        }
        listeners.forEach(listener -> listener.accept(next));
    }

    /** Begins a new run from {@code initial}, silently: the listeners hear the states that follow it. */
    public void restart(S initial) {
        synchronized (lock) {
            state = initial;
        }
    }

    /** Waits until the run ends; false if it still goes on after {@code timeout}. */
    public boolean awaitTerminal(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!state.isTerminal()) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }
}
