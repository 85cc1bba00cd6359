package studio.coanchor.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.push.PushState;
import studio.coanchor.push.Pusher;

/**
 * Runs one headless push from a {@link PushRequest}: the source feeds the pusher, every event and status line goes
 * to {@code out}. Returns 0 when the duration ends (or Ctrl+C stops it) and 1 after a terminal error.
 */
public final class BroadcastRunner {
    public int run(PushRequest request, PrintStream out) {
        Broadcast broadcast = new Broadcast(request);
        Lines lines = new Lines(out);
        Pusher pusher = broadcast.pusher();
        AtomicReference<MediaEvent> terminalError = new AtomicReference<>();
        MediaEventListener printer = event -> {
            if (event.code().isError()) {
                terminalError.compareAndSet(null, event);
            }
            lines.print(event.line());
        };
        pusher.addEventListener(printer);
        pusher.addStatusListener(status -> lines.print(status.line()));
        Thread shutdown = new Thread(broadcast::close, "push-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            broadcast.start(printer);
            Duration limit = request.duration().orElse(Duration.ofDays(3650));
            pusher.awaitTerminal(limit);
        } catch (MediaException e) {
            printer.onEvent(MediaEvent.now(e.code(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            broadcast.close();
            ShutdownHooks.remove(shutdown);
        }
        return terminalError.get() != null || pusher.state() == PushState.FAILED ? 1 : 0;
    }
}
