package studio.coanchor.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;

/**
 * A {@link BroadcastControl} for the window tests: previews a {@link MovingPattern}, and while "live" reports the
 * connect events and a status every 200 ms from its own thread, as the engine does, without any network.
 */
final class PatternBroadcast implements BroadcastControl, AutoCloseable {
    private final MovingPattern pattern = new MovingPattern(640, 360, 30);
    private Thread statusThread;
    private Consumer<MediaEvent> events = event -> { };

    @Override
    public LatestFrameSlot<PreviewImage> preview() {
        return pattern.slot();
    }

    @Override
    public synchronized void goLive(String url, Consumer<MediaEvent> events, Consumer<PushStatus> status) {
        this.events = events;
        String host = URI.create(url).getHost();
        events.accept(MediaEvent.now(EventCode.PUSH_EVT_CONNECT_SUCC, "Connected to " + host));
        events.accept(MediaEvent.now(EventCode.PUSH_EVT_PUSH_BEGIN, "Pushing " + url));
        statusThread = new Thread(() -> reportStatus(status), "test-push-status");
        statusThread.setDaemon(true);
        statusThread.start();
    }

    /** Reports {@code event} from a thread of its own, as a failing engine would. */
    void report(MediaEvent event) throws InterruptedException {
        Consumer<MediaEvent> listener;
        synchronized (this) {
            listener = events;
        }
        Thread reporter = new Thread(() -> listener.accept(event), "test-push-error");
        reporter.start();
        reporter.join();
    }

    private void reportStatus(Consumer<PushStatus> status) {
        for (int second = 0; !Thread.currentThread().isInterrupted(); second++) {
            status.accept(new PushStatus(12, 31, 960, 540, 1262 + second % 7, 3, 15, 64, 1200, 0, 0, "127.0.0.1"));
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (statusThread != null) {
            statusThread.interrupt();
            joinQuietly(statusThread);
            statusThread = null;
        }
    }

    @Override
    public void snapshot(Path file) throws Exception {
        PreviewImage frame = pattern.slot().peek();
        if (frame == null) {
            throw new IllegalStateException("no picture yet");
        }
        PngFile.write(frame, file);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        pattern.close();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
