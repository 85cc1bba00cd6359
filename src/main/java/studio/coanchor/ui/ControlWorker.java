package studio.coanchor.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread ({@code studio-control}) on which the window calls into the engine, so that a slow connect or a
 * device that takes seconds to open never freezes the window. Tasks run in the order given; their outcome comes
 * back on the JavaFX thread.
 */
public final class ControlWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControlWorker.class);
    private static final long CLOSE_SECONDS = 10;

    /** Work that may fail with any exception. */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "studio-control");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code task}, then {@code done} with its result or {@code failed} with its failure, on the FX thread. */
    public <T> void submit(Task<T> task, Consumer<T> done, Consumer<Exception> failed) {
        execute(() -> {
            try {
                T result = task.run();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception e) {
                LOG.debug("Studio task failed", e);
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    /** Runs {@code work} with nothing to report. */
    public void execute(Runnable work) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.debug("The studio is closing; a late task is dropped");
        }
    }

    /** Runs what was submitted so far, then ends the thread; waits at most {@value #CLOSE_SECONDS} s. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The studio's engine calls did not finish within {} s", CLOSE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
