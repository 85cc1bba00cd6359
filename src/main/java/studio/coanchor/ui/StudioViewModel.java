package studio.coanchor.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;

/**
 * The studio window's state. Properties change on the JavaFX thread only; calls into the engine run on one
 * worker thread ({@code studio-control}) so a slow connect never freezes the window.
 */
public final class StudioViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioViewModel.class);
    private static final int EVENT_LOG_LIMIT = 500;
    private static final String OFFLINE_STATUS = "Offline: preview only";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BroadcastControl control;
    private final Path snapshotFolder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "studio-control");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadOnlyObjectWrapper<LiveState> state = new ReadOnlyObjectWrapper<>(this, "state", LiveState.OFFLINE);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", OFFLINE_STATUS);
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final BooleanProperty voiceProcessing = new SimpleBooleanProperty(this, "voiceProcessing", false);
    /** The newest figures not yet shown; at most one screen update is pending however fast they arrive. */
    private final AtomicReference<PushStatus> pendingStatus = new AtomicReference<>();

    public StudioViewModel(BroadcastControl control, Path snapshotFolder) {
        this.control = control;
        this.snapshotFolder = snapshotFolder;
        stateText.bind(state.map(LiveState::label));
        voiceProcessing.addListener((property, before, on) -> worker.execute(() -> control.voiceProcessing(on)));
    }

    public LatestFrameSlot<PreviewImage> preview() {
        return control.preview();
    }

    public ReadOnlyObjectProperty<LiveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    public ObservableList<String> events() {
        return events;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** Echo cancellation, noise suppression and gain control on the microphone; set on the JavaFX thread. */
    public BooleanProperty voiceProcessingProperty() {
        return voiceProcessing;
    }

    public void goLive() {
        if (state.get() != LiveState.OFFLINE) {
            return;
        }
        String target = url.get() == null ? "" : url.get().trim();
        if (!(target.startsWith("rtmp://") || target.startsWith("rtmps://"))) {
            log("Enter the push URL first: rtmp://HOST/APP/STREAM or rtmps://...");
            return;
        }
        state.set(LiveState.STARTING);
        log("Connecting to " + target);
        worker.execute(() -> {
            try {
                control.goLive(target, this::onEngineEvent, this::onEngineStatus);
                Platform.runLater(() -> {
                    if (state.get() == LiveState.STARTING) {
                        state.set(LiveState.LIVE);
                    }
                });
            } catch (Exception e) {
                LOG.warn("Going live failed", e);
                Platform.runLater(() -> {
                    state.set(LiveState.OFFLINE);
                    log("Could not go live: " + e.getMessage());
                });
            }
        });
    }

    public void stop() {
        if (state.get() != LiveState.LIVE && state.get() != LiveState.STARTING) {
            return;
        }
        state.set(LiveState.STOPPING);
        stopEngine("Stopped");
    }

    public void snapshot() {
        Path file = snapshotFolder.resolve("coanchor-" + LocalDateTime.now().format(FILE_STAMP) + ".png");
        worker.execute(() -> {
            String outcome;
            try {
                Files.createDirectories(snapshotFolder);
                control.snapshot(file);
                outcome = "Snapshot saved to " + file;
            } catch (Exception e) {
                LOG.warn("Snapshot to {} failed", file, e);
                outcome = "Snapshot failed: " + e.getMessage();
            }
            String line = outcome;
            Platform.runLater(() -> log(line));
        });
    }

    /** Stops a broadcast that is still running and ends the worker; for when the window closes. */
    @Override
    public void close() {
        if (state.get() != LiveState.OFFLINE) {
            worker.execute(control::stop);
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The engine did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopEngine(String note) {
        worker.execute(() -> {
            control.stop();
            Platform.runLater(() -> {
                state.set(LiveState.OFFLINE);
                statusLine.set(OFFLINE_STATUS);
                log(note);
            });
        });
    }

    private void onEngineEvent(MediaEvent event) {
        Platform.runLater(() -> {
            log(event.epochMillis(), event.code().code() + "  " + event.message());
            boolean running = state.get() == LiveState.LIVE || state.get() == LiveState.STARTING;
            if (event.code().isError() && running) {
                state.set(LiveState.STOPPING);
                stopEngine("Broadcast ended: " + event.code().description());
            }
        });
    }

    private void onEngineStatus(PushStatus status) {
        if (pendingStatus.getAndSet(status) == null) {
            Platform.runLater(() -> {
                PushStatus latest = pendingStatus.getAndSet(null);
                if (state.get() == LiveState.LIVE || state.get() == LiveState.STARTING) {
                    statusLine.set(describe(latest));
                }
            });
        }
    }

    private static String describe(PushStatus status) {
        return status.width() + "x" + status.height() + " · " + status.fps() + " fps · video " + status.videoKbps()
                + " · audio " + status.audioKbps() + " · sent " + status.sendKbps() + " kbps · jitter "
                + status.jitterMs() + " ms · queue " + status.queue() + " · dropped " + status.dropped() + " · CPU "
                + status.cpuProcess() + "% / " + status.cpuSystem() + "% · " + status.serverIp();
    }

    private void log(String text) {
        log(System.currentTimeMillis(), text);
    }

    private void log(long epochMillis, String text) {
        String time = CLOCK.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
        events.add(time + "  " + text);
        if (events.size() > EVENT_LOG_LIMIT) {
            events.remove(0, events.size() - EVENT_LOG_LIMIT);
        }
    }
}
