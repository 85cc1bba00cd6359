package studio.coanchor.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.SignedUrl;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.profile.LoadedSettings;
import studio.coanchor.profile.Profile;
import studio.coanchor.profile.Settings;
import studio.coanchor.profile.SettingsStore;
import studio.coanchor.profile.WindowPlacement;
import studio.coanchor.ui.status.EventLog;
import studio.coanchor.ui.status.LiveFigures;
import studio.coanchor.ui.status.Notice;
import studio.coanchor.ui.status.NoticePolicy;
import studio.coanchor.ui.status.SendHistory;

/**
 * The studio window's state and commands. Properties change on the JavaFX thread only; engine calls run on the
 * {@link ControlWorker}; what the engine reports arrives through {@link EngineListener} on media threads and is moved
 * to the JavaFX thread here (status figures coalesced, so at most one screen update waits however fast they come).
 * The active profile is both where the choices start from and where every choice made in the window is saved.
 */
public final class StudioViewModel implements AutoCloseable {
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BroadcastControl control;
    private final ControlWorker worker = new ControlWorker();
    private final SettingsKeeper settings;
    private final Optional<String> settingsProblem;

    private final EventLog log = new EventLog();
    private final LiveFigures figures = new LiveFigures();
    private final SendHistory history = new SendHistory();
    private final NoticePolicy noticePolicy = new NoticePolicy();
    private final List<Consumer<Notice>> noticeListeners = new CopyOnWriteArrayList<>();
    /** The newest figures not yet shown. */
    private final AtomicReference<PushStatus> pendingStatus = new AtomicReference<>();

    private final ReadOnlyObjectWrapper<LiveState> state = new ReadOnlyObjectWrapper<>(this, "state", LiveState.OFFLINE);
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(this, "muted");
    private final BooleanProperty voiceProcessing = new SimpleBooleanProperty(this, "voiceProcessing", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper recordingTime = new ReadOnlyStringWrapper(this, "recordingTime", "");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog",
            Catalog.empty());
    private final ReadOnlyStringWrapper activeVideo = new ReadOnlyStringWrapper(this, "activeVideo", "");
    private final ReadOnlyStringWrapper activeAudio = new ReadOnlyStringWrapper(this, "activeAudio", "");
    private final ReadOnlyStringWrapper sourceDescription = new ReadOnlyStringWrapper(this, "sourceDescription",
            "No source yet");
    private final ReadOnlyBooleanWrapper switchingSource = new ReadOnlyBooleanWrapper(this, "switchingSource", true);
    private final ReadOnlyObjectWrapper<VideoSettings> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper signedTarget = new ReadOnlyStringWrapper(this, "signedTarget", "");
    private final ReadOnlyObjectWrapper<Shortcuts> shortcuts = new ReadOnlyObjectWrapper<>(this, "shortcuts");
    private final ObjectProperty<Profile.Target> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), tick -> showTimes()));

    private long liveSince;
    private long recordingSince;
    private Path recordingFile;

    /** Builds the window's state from {@code loaded}; {@link #start()} then opens the profile's source. */
    public StudioViewModel(BroadcastControl control, LoadedSettings loaded, SettingsStore store) {
        this.control = control;
        this.settings = new SettingsKeeper(loaded.settings(), store, worker, this::warn);
        this.settingsProblem = loaded.problem();
        Profile profile = settings.active();
        target.set(profile.stream().target());
        url.set(profile.stream().url());
        shortcuts.set(Shortcuts.of(profile.hotkeys()));
        target.addListener((property, before, now) -> chooseTarget(now));
        state.addListener((property, before, now) -> showTimes());
        voiceProcessing.addListener((property, before, on) -> worker.execute(() -> control.voiceProcessing(on)));
        clock.setCycleCount(Timeline.INDEFINITE);
        showTimes();
    }

    /** Reports what went wrong with the settings, then looks at the machine and opens the profile's source. */
    public void start() {
        control.listen(new Listener());
        clock.play();
        settingsProblem.ifPresent(problem -> warn("Settings reset", problem));
        reportShortcutProblems();
        worker.submit(control::catalog, found -> {
            catalog.set(found);
            applyProfile(settings.active(), true);
        }, failure -> warn("Devices unknown", "The devices could not be listed: " + failure.getMessage()));
    }

    // ---- what the views read

    public LatestFrameSlot<PreviewImage> preview() {
        return control.preview();
    }

    public EventLog log() {
        return log;
    }

    public LiveFigures figures() {
        return figures;
    }

    public SendHistory history() {
        return history;
    }

    /** {@code listener} hears every notification, on the JavaFX thread. */
    public void onNotice(Consumer<Notice> listener) {
        noticeListeners.add(listener);
    }

    public ReadOnlyObjectProperty<LiveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** How long the recording runs, {@code REC 00:01:05}; empty when not recording. */
    public ReadOnlyStringProperty recordingTimeProperty() {
        return recordingTime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    /** Echo cancellation, noise suppression and gain control on the microphone, also on while co-anchoring. */
    public BooleanProperty voiceProcessingProperty() {
        return voiceProcessing;
    }

    /** Where the broadcast stands in a few words, for the status bar. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The video source in use, in the engine's words ({@code test}, {@code camera:ID}, ...). */
    public ReadOnlyStringProperty activeVideoProperty() {
        return activeVideo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activeAudioProperty() {
        return activeAudio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceDescriptionProperty() {
        return sourceDescription.getReadOnlyProperty();
    }

    /** True while a source opens: the preview keeps its last picture under a loading overlay. */
    public ReadOnlyBooleanProperty switchingSourceProperty() {
        return switchingSource.getReadOnlyProperty();
    }

    /** The picture pushed and recorded; null until the engine has answered. */
    public ReadOnlyObjectProperty<VideoSettings> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Who the backend signs the push URL for, or why it cannot; empty while the target is a typed URL. */
    public ReadOnlyStringProperty signedTargetProperty() {
        return signedTarget.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shortcuts> shortcutsProperty() {
        return shortcuts.getReadOnlyProperty();
    }

    public ObjectProperty<Profile.Target> targetProperty() {
        return target;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.settingsProperty();
    }

    public ObservableList<String> profileNames() {
        return settings.profileNames();
    }

    public Profile activeProfile() {
        return settings.active();
    }

    /** Whether profiles may be switched, which would change the source under a running broadcast or recording. */
    private boolean idle() {
        return state.get() == LiveState.OFFLINE && !recording.get();
    }

    // ---- going live

    public void toggleLive() {
        if (state.get() == LiveState.OFFLINE) {
            goLive();
        } else {
            stop();
        }
    }

    public void goLive() {
        if (state.get() != LiveState.OFFLINE) {
            return;
        }
        String typed = url.get() == null ? "" : url.get().strip();
        boolean signed = target.get() == Profile.Target.BACKEND;
        if (!signed && !(typed.startsWith("rtmp://") || typed.startsWith("rtmps://"))) {
            log.note("Enter the push URL first: rtmp://HOST/APP/STREAM or rtmps://...");
            return;
        }
        settings.updateActive(profile -> profile.withStream(profile.stream().withUrl(typed)));
        state.set(LiveState.STARTING);
        noticePolicy.reset();
        figures.clear();
        history.clear();
        worker.submit(() -> {
            String pushTo = signed ? control.signedPushTarget().url() : typed;
            Platform.runLater(() -> log.note("Connecting to " + SignedUrl.shown(pushTo)));
            control.goLive(pushTo);
            return pushTo;
        }, started -> {
            if (state.get() == LiveState.STARTING) {
                state.set(LiveState.LIVE);
                liveSince = System.currentTimeMillis();
            }
        }, failure -> {
            state.set(LiveState.OFFLINE);
            error("Could not go live", failure.getMessage());
        });
    }

    public void stop() {
        if (state.get() != LiveState.LIVE && state.get() != LiveState.STARTING) {
            return;
        }
        state.set(LiveState.STOPPING);
        endBroadcast("Stopped");
    }

    private void endBroadcast(String note) {
        worker.submit(() -> {
            control.stop();
            return note;
        }, done -> {
            state.set(LiveState.OFFLINE);
            figures.clear();
            log.note(done);
        }, failure -> state.set(LiveState.OFFLINE));
    }

    // ---- recording, snapshot, mute

    public void toggleRecording() {
        if (recording.get()) {
            stopRecording();
        } else {
            startRecording();
        }
    }

    private void startRecording() {
        Profile.Stream stream = settings.active().stream();
        Path folder = Path.of(stream.recordFolder());
        Path file = folder.resolve("coanchor-" + LocalDateTime.now().format(FILE_STAMP) + "." + stream.recordFormat());
        recording.set(true);
        recordingSince = System.currentTimeMillis();
        recordingFile = file;
        showTimes();
        worker.submit(() -> {
            Files.createDirectories(folder);
            control.startRecording(file);
            return file;
        }, started -> log.note("Recording to " + started), failure -> {
            recording.set(false);
            showTimes();
            error("Could not record", failure.getMessage());
        });
    }

    private void stopRecording() {
        recording.set(false);
        showTimes();
        Path file = recordingFile;
        worker.submit(() -> {
            control.stopRecording();
            return file;
        }, saved -> log.note("Recording saved to " + saved), failure -> error("Recording", failure.getMessage()));
    }

    public void snapshot() {
        Path folder = Path.of(settings.active().stream().snapshotFolder());
        Path file = folder.resolve("coanchor-" + LocalDateTime.now().format(FILE_STAMP) + ".png");
        worker.submit(() -> {
            Files.createDirectories(folder);
            control.snapshot(file);
            return file;
        }, saved -> log.note("Snapshot saved to " + saved), failure -> error("Snapshot failed", failure.getMessage()));
    }

    public void toggleMute() {
        boolean next = !muted.get();
        muted.set(next);
        worker.execute(() -> control.setMuted(next));
        log.note(next ? "Sound muted" : "Sound on");
    }

    // ---- choices, saved in the active profile

    /** Captures from {@code video} and {@code audio}; the preview keeps its picture until the new source delivers. */
    public void chooseSource(String video, String audio) {
        useSource(video, audio, true);
    }

    public void choosePicture(String preset, String orientation) {
        worker.submit(() -> control.usePicture(preset, orientation), settingsNow -> {
            picture.set(settingsNow);
            settings.updateActive(profile -> profile.withQuality(new Profile.Quality(preset, orientation,
                    profile.quality().encoder())));
        }, failure -> error("Quality unchanged", failure.getMessage()));
    }

    public void chooseEncoder(String encoder) {
        worker.submit(() -> {
            control.useEncoder(encoder);
            return encoder;
        }, chosen -> {
            settings.updateActive(profile -> profile.withQuality(new Profile.Quality(profile.quality().preset(),
                    profile.quality().orientation(), chosen)));
            if (state.get() != LiveState.OFFLINE || recording.get()) {
                log.note("The encoder changes to " + chosen + " the next time you go live or record");
            }
        }, failure -> error("Encoder unchanged", failure.getMessage()));
    }

    private void chooseTarget(Profile.Target chosen) {
        settings.updateActive(profile -> profile.withStream(profile.stream().withTarget(chosen)));
        showSignedTarget();
    }

    private void showSignedTarget() {
        if (target.get() != Profile.Target.BACKEND) {
            signedTarget.set("");
            return;
        }
        signedTarget.set("Asking the backend…");
        worker.submit(control::signedPushTarget,
                signed -> signedTarget.set("Signed for " + signed.anchor() + " by " + signed.backend() + ": "
                        + signed.shown()),
                failure -> signedTarget.set("The backend cannot sign a URL: " + failure.getMessage()));
    }

    // ---- profiles

    public void switchProfile(String name) {
        if (name == null || name.equals(settings.active().name())) {
            return;
        }
        if (!idle()) {
            log.note("Stop the broadcast and the recording before switching profiles");
            return;
        }
        keepUrl();
        settings.update(current -> current.switchedTo(name));
        applyProfile(settings.active(), false);
        log.note("Profile " + name);
    }

    /** Saves the current choices as a new profile {@code name} and switches to it; a refused name throws. */
    public void newProfile(String name) {
        keepUrl();
        settings.update(current -> current.withNewProfile(current.active().withName(Profile.requireName(name))));
        log.note("Profile " + name + " created from the current choices");
    }

    public void renameProfile(String name) {
        String before = settings.active().name();
        settings.updateActive(profile -> profile.withName(Profile.requireName(name)));
        log.note("Profile " + before + " renamed to " + name);
    }

    /** Deletes the active profile and switches to the first one left; the last profile cannot be deleted. */
    public void deleteProfile() {
        if (!idle()) {
            log.note("Stop the broadcast and the recording before deleting a profile");
            return;
        }
        String deleted = settings.active().name();
        settings.update(current -> current.without(deleted));
        applyProfile(settings.active(), false);
        log.note("Profile " + deleted + " deleted; using " + settings.active().name());
    }

    /** Changes the active profile's backend, folders or shortcuts (the settings dialog). */
    public void updateProfile(UnaryOperator<Profile> change) {
        settings.updateActive(change);
        shortcuts.set(Shortcuts.of(settings.active().hotkeys()));
        reportShortcutProblems();
    }

    public Optional<WindowPlacement> windowPlacement(String window) {
        return Optional.ofNullable(settings.settings().windows().get(window));
    }

    public void rememberWindow(String window, WindowPlacement placement) {
        settings.update(current -> current.withWindow(window, placement));
    }

    /** Stops what still runs, saves the settings and ends the worker; for when the window closes. */
    @Override
    public void close() {
        clock.stop();
        keepUrl();
        if (recording.get()) {
            worker.execute(control::stopRecording);
        }
        if (state.get() != LiveState.OFFLINE) {
            worker.execute(control::stop);
        }
        worker.close();
        settings.saveNow();
    }

    private void keepUrl() {
        String typed = url.get() == null ? "" : url.get().strip();
        settings.updateActive(profile -> profile.withStream(profile.stream().withUrl(typed)));
    }

    private void applyProfile(Profile profile, boolean fallBackToTestSignals) {
        url.set(profile.stream().url());
        if (target.get() == profile.stream().target()) {
            showSignedTarget();
        } else {
            target.set(profile.stream().target());
        }
        shortcuts.set(Shortcuts.of(profile.hotkeys()));
        choosePicture(profile.quality().preset(), profile.quality().orientation());
        chooseEncoder(profile.quality().encoder());
        String video = profile.devices().video();
        String audio = profile.devices().audio();
        if (fallBackToTestSignals) {
            if (video.startsWith("camera") && catalog.get().cameras().isEmpty()) {
                log.note("No camera found: showing the test pattern");
                video = "test";
            }
            if (audio.startsWith("mic") && catalog.get().microphones().isEmpty()) {
                log.note("No microphone found: sending the test tone");
                audio = "tone";
            }
        }
        if (!video.equals(activeVideo.get()) || !audio.equals(activeAudio.get())) {
            useSource(video, audio, false);
        }
    }

    private void useSource(String video, String audio, boolean remember) {
        switchingSource.set(true);
        worker.submit(() -> control.useSource(video, audio), description -> {
            switchingSource.set(false);
            activeVideo.set(video);
            activeAudio.set(audio);
            sourceDescription.set(description);
            log.note("Source: " + description);
            if (remember) {
                settings.updateActive(profile -> profile.withDevices(new Profile.Devices(video, audio)));
            }
        }, failure -> {
            switchingSource.set(false);
            error("Source unchanged", failure.getMessage());
            boolean nothingShown = activeVideo.get().isEmpty();
            if (nothingShown && !(video.equals("test") && audio.equals("tone"))) {
                log.note("Showing the test pattern instead");
                useSource("test", "tone", false);
            }
        });
    }

    private void reportShortcutProblems() {
        shortcuts.get().problems().forEach(problem -> warn("Shortcut", problem));
    }

    private void showTimes() {
        long now = System.currentTimeMillis();
        recordingTime.set(recording.get() ? "REC " + clockText(now - recordingSince) : "");
        summary.set(switch (state.get()) {
            case OFFLINE -> recording.get() ? "Offline · recording" : "Offline · preview only";
            case STARTING -> "Connecting…";
            case LIVE -> "Live " + clockText(now - liveSince);
            case STOPPING -> "Stopping…";
        });
    }

    private static String clockText(long millis) {
        Duration elapsed = Duration.ofMillis(Math.max(0, millis));
        return String.format("%02d:%02d:%02d", elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart());
    }

    private void warn(String problem) {
        warn("Settings", problem);
    }

    private void warn(String title, String text) {
        log.note(text);
        notice(Notice.warning(title, text));
    }

    private void error(String title, String text) {
        log.note(title + ": " + text);
        notice(Notice.error(title, text));
    }

    private void notice(Notice notice) {
        noticeListeners.forEach(listener -> listener.accept(notice));
    }

    /** Moves what the engine reports onto the JavaFX thread. */
    private final class Listener implements EngineListener {
        @Override
        public void onEvent(EventOrigin origin, MediaEvent event) {
            Platform.runLater(() -> handle(origin, event));
        }

        @Override
        public void onStatus(PushStatus status) {
            if (pendingStatus.getAndSet(status) == null) {
                Platform.runLater(() -> {
                    PushStatus latest = pendingStatus.getAndSet(null);
                    boolean running = state.get() == LiveState.LIVE || state.get() == LiveState.STARTING;
                    if (latest != null && running) {
                        VideoSettings shown = picture.get();
                        figures.show(latest, shown == null ? latest.fps() : shown.fps());
                        history.add(latest, System.currentTimeMillis());
                    }
                });
            }
        }

        private void handle(EventOrigin origin, MediaEvent event) {
            log.add(origin.label(), event);
            noticePolicy.on(origin, event).ifPresent(StudioViewModel.this::notice);
            if (!event.code().isError()) {
                return;
            }
            boolean running = state.get() == LiveState.LIVE || state.get() == LiveState.STARTING;
            if (origin == EventOrigin.PUSH && running) {
                state.set(LiveState.STOPPING);
                endBroadcast("Broadcast ended: " + event.code().description());
            } else if (origin == EventOrigin.RECORDING && recording.get()) {
                stopRecording();
            }
        }
    }
}
