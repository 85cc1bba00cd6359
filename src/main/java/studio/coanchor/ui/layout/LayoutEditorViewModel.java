package studio.coanchor.ui.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.EditHistory;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutEdit;
import studio.coanchor.mix.LayoutException;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.LayoutLibrary;
import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.Preset;
import studio.coanchor.mix.SavedLayout;

/**
 * The layout editor's state: the layout being edited with its undo and redo steps, the selected box, the snap
 * guides of the drag under way, the Mix_StreamV2 request the layout makes, and a notice of what just happened.
 * Every change goes through an {@link EditHistory}, so an edit that breaks a rule leaves the layout as it was and
 * the rule's message becomes the notice. A drag is one undo step. Properties change on the JavaFX thread only;
 * mixes are sent on one worker thread ({@code layout-mix}).
 */
public final class LayoutEditorViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutEditorViewModel.class);
    private static final String NO_TARGET = "Log in to the backend first: mixes go through it, as the room's owner";

    private final EditHistory history;
    private final PictureSize primaryPicture;
    private final LayoutLibrary library;
    private final Clock clock;
    private final AtomicReference<Layout> live;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "layout-mix");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyIntegerWrapper selectedLayer = new ReadOnlyIntegerWrapper(this, "selectedLayer");
    private final ObservableList<Guide> guides = FXCollections.observableArrayList();
    private final ObservableList<Guide> shownGuides = FXCollections.unmodifiableObservableList(guides);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper requestJson = new ReadOnlyStringWrapper(this, "requestJson", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ObjectProperty<MixTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<String> streams = FXCollections.observableArrayList();
    private final ObservableList<String> savedLayouts = FXCollections.observableArrayList();
    private final ObservableList<String> shownSavedLayouts = FXCollections.unmodifiableObservableList(savedLayouts);
    private final BooleanBinding canRemove = Bindings.createBooleanBinding(() -> selectedLayer.get() > 1, selectedLayer);
    private final BooleanBinding canBringForward = Bindings.createBooleanBinding(
            () -> selectedLayer.get() > 1 && selectedLayer.get() < topLayer(), selectedLayer, layout);
    private final BooleanBinding canSendBackward = Bindings.createBooleanBinding(() -> selectedLayer.get() > 2,
            selectedLayer);

    /** The drag under way, or null. */
    private BoxDrag drag;

    /**
     * An editor whose layout starts as the primary anchor's picture alone.
     *
     * @param primaryStream  the primary anchor's stream ID, the first of {@link #streams()}
     * @param primaryPicture the size of the primary's picture, which the layout's boxes lie in
     * @param library        where layouts are saved by name, to be used as presets
     * @param clock          the time the request's {@code timestamp} and {@code eventId} are taken from
     */
    public LayoutEditorViewModel(String primaryStream, PictureSize primaryPicture, LayoutLibrary library, Clock clock) {
        Layout initial = Layout.of(primaryPicture, Box.primary(primaryStream, primaryPicture));
        this.history = new EditHistory(initial);
        this.primaryPicture = primaryPicture;
        this.library = library;
        this.clock = clock;
        this.live = new AtomicReference<>(initial);
        streams.add(primaryStream);
        target.subscribe(this::showRequest);
        refresh();
        reloadSavedLayouts();
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The current layout, readable from any thread: what the compositor draws. */
    public Supplier<Layout> liveLayout() {
        return live::get;
    }

    /** The layer of the selected box, 0 when none is selected. */
    public ReadOnlyIntegerProperty selectedLayerProperty() {
        return selectedLayer.getReadOnlyProperty();
    }

    /** The edges the dragged box snapped to, while a drag lasts. */
    public ObservableList<Guide> guides() {
        return shownGuides;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public BooleanBinding canBringForwardProperty() {
        return canBringForward;
    }

    public BooleanBinding canSendBackwardProperty() {
        return canSendBackward;
    }

    /** The Mix_StreamV2 request the layout makes, as indented JSON; empty while there is no {@link #targetProperty()}. */
    public ReadOnlyStringProperty requestJsonProperty() {
        return requestJson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether a mix request is on its way to the backend. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** Where mixes go; null until the anchor has logged in to the backend. */
    public ObjectProperty<MixTarget> targetProperty() {
        return target;
    }

    /** The streams a box may show, the primary anchor's first; presets arrange these. */
    public ObservableList<String> streams() {
        return streams;
    }

    /** The names of the saved layouts, sorted. */
    public ObservableList<String> savedLayouts() {
        return shownSavedLayouts;
    }

    /** Selects the box on {@code layer}; 0, or a layer without a box, selects none. */
    public void select(int layer) {
        selectedLayer.set(history.current().box(layer).isPresent() ? layer : 0);
    }

    /** Starts dragging the box on {@code layer} by {@code handle}; it becomes the selected box. Layer 1 stays put. */
    public void beginDrag(int layer, DragHandle handle) {
        select(layer);
        if (selectedLayer.get() > 1) {
            drag = new BoxDrag(history.current(), layer, handle);
            history.beginGesture();
        }
    }

    /**
     * Moves the dragged box as the pointer moved {@code dx, dy} picture pixels since the drag began.
     *
     * @param snap how near, in picture pixels, an edge must come to another to snap to it
     */
    public void dragBy(double dx, double dy, double snap) {
        if (drag == null) {
            return;
        }
        BoxDrag.Step step = drag.to(dx, dy, snap);
        Layout current = history.current();
        edit(BoxDrag.edits(current.boxOn(step.box().layer()), step.box(), current.picture()));
        guides.setAll(step.guides());
    }

    /** Ends the drag: everything it changed is one undo step. */
    public void endDrag() {
        if (drag == null) {
            return;
        }
        drag = null;
        history.endGesture();
        guides.clear();
        refresh();
    }

    /** Moves the selected box by {@code dx, dy} picture pixels as one step, keeping it inside the picture. */
    public void nudge(int dx, int dy) {
        Layout current = history.current();
        current.box(selectedLayer.get()).filter(box -> box.layer() > 1).ifPresent(box -> {
            int x = Math.max(0, Math.min(current.picture().width() - box.width(), box.x() + dx));
            int y = Math.max(0, Math.min(current.picture().height() - box.height(), box.y() + dy));
            edit(List.of(new LayoutEdit.Move(box.layer(), x, y)));
        });
    }

    /**
     * Adds a box showing {@code stream} on top of the others, a quarter of the picture in size, along the bottom
     * right; it becomes the selected box.
     */
    public void addBox(String stream) {
        Layout current = history.current();
        PictureSize picture = current.picture();
        int width = Math.max(BoxDrag.MIN_SIDE, picture.width() / 4);
        int height = Math.max(BoxDrag.MIN_SIDE, picture.height() / 4);
        int margin = Math.min(picture.width(), picture.height()) / 20;
        int x = Math.max(0, picture.width() - (current.secondaries().size() + 1) * (width + margin));
        int y = Math.max(0, picture.height() - height - margin);
        int layer = topLayer() + 1;
        try {
            if (edit(List.of(new LayoutEdit.Add(Box.of(stream, layer, x, y, width, height))))) {
                select(layer);
            }
        } catch (LayoutException e) {
            notice.set(Notice.problem(e.getMessage()));
        }
    }

    public void removeSelected() {
        int layer = selectedLayer.get();
        if (edit(List.of(new LayoutEdit.Remove(layer)))) {
            select(0);
        }
    }

    /** Puts the selected box one layer higher, over the box that was above it. */
    public void bringForward() {
        restack(selectedLayer.get() + 1);
    }

    /** Puts the selected box one layer lower, under the box that was below it. */
    public void sendBackward() {
        restack(selectedLayer.get() - 1);
    }

    /** Replaces the layout with {@code preset} for the primary's picture and {@link #streams()}. */
    public void applyPreset(Preset preset) {
        List<String> ids = List.copyOf(streams);
        if (preset instanceof SavedLayout saved) {
            ids = ids.subList(0, Math.min(ids.size(), saved.layout().streamIds().size()));
        }
        if (edit(List.of(new LayoutEdit.ApplyPreset(preset, primaryPicture, ids)))) {
            select(0);
            notice.set(Notice.info("Layout '" + preset.label() + "' applied to " + String.join(", ", ids)));
        }
    }

    /** Applies the layout saved as {@code name} as a preset. */
    public void applySaved(String name) {
        SavedLayout saved;
        try {
            saved = library.preset(name);
        } catch (IOException | IllegalArgumentException e) {
            notice.set(Notice.problem("The saved layout '" + name + "' cannot be read: " + e.getMessage()));
            return;
        }
        applyPreset(saved);
    }

    /** Saves the layout as {@code name}, replacing a layout saved under that name before. */
    public void saveAs(String name) {
        try {
            library.save(name, history.current());
            reloadSavedLayouts();
            notice.set(Notice.info("Layout saved as '" + name + "'"));
        } catch (IOException | IllegalArgumentException e) {
            notice.set(Notice.problem("The layout was not saved: " + e.getMessage()));
        }
    }

    /** Writes the layout to a layout file. */
    public void exportTo(Path file) {
        try {
            LayoutFile.write(file, history.current());
            notice.set(Notice.info("Layout written to " + file));
        } catch (IOException e) {
            notice.set(Notice.problem("The layout was not written to " + file + ": " + e.getMessage()));
        }
    }

    /**
     * Applies a layout file as a preset: its streams are replaced by {@link #streams()} in layer order and its boxes
     * scaled to the primary's picture, so a layout saved from another show fits this one.
     */
    public void importFrom(Path file) {
        Layout read;
        try {
            read = LayoutFile.read(file);
        } catch (IOException | IllegalArgumentException e) {
            notice.set(Notice.problem("The layout file cannot be used: " + e.getMessage()));
            return;
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        applyPreset(new SavedLayout(name, read));
    }

    public void undo() {
        drag = null;
        guides.clear();
        if (!history.undo()) {
            notice.set(Notice.info("Nothing to undo"));
        }
        refresh();
    }

    public void redo() {
        drag = null;
        guides.clear();
        if (!history.redo()) {
            notice.set(Notice.info("Nothing to redo"));
        }
        refresh();
    }

    /** Asks the backend to mix the current layout (or to change the mix running to it). */
    public void applyMix() {
        Layout current = history.current();
        send("Mix applied", "Mix not applied", session -> MixPara.start(current, session));
    }

    /** Asks the backend to end the mix: a request listing only the primary anchor's stream. */
    public void endMix() {
        send("Mix ended", "Mix not ended", session -> MixPara.end(session, session.sessionId()));
    }

    /** Stops a mix request still under way and ends the worker thread; for when the editor closes. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
                if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("The mix request did not stop within 10 s");
                }
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void send(String done, String failed, Function<MixSession, MixPara> request) {
        MixTarget to = target.get();
        if (to == null) {
            notice.set(Notice.problem(failed + ": " + NO_TARGET));
            return;
        }
        if (sending.get()) {
            return;
        }
        MixPara para = request.apply(to.session());
        sending.set(true);
        notice.set(Notice.info("Sending the mix request to the backend…"));
        worker.execute(() -> {
            Notice outcome;
            try {
                MixAnswer answer = to.send(para);
                outcome = answer.succeeded()
                        ? Notice.info(done + ": the backend answered " + answer.code() + ", " + answer.message())
                        : Notice.problem(failed + ": the backend answered " + answer.code() + ", " + answer.message());
            } catch (Exception e) {
                LOG.warn("Mix request failed", e);
                outcome = Notice.problem(failed + ": " + e.getMessage());
            }
            Notice shown = outcome;
            Platform.runLater(() -> {
                sending.set(false);
                notice.set(shown);
            });
        });
    }

    private void restack(int toLayer) {
        int fromLayer = selectedLayer.get();
        if (edit(List.of(new LayoutEdit.Restack(fromLayer, toLayer)))) {
            select(toLayer);
        }
    }

    /**
     * Applies the edits in turn; on a broken rule, stops there and shows its message. True when all applied, which
     * also clears the message of an earlier broken rule.
     */
    private boolean edit(List<LayoutEdit> edits) {
        try {
            for (LayoutEdit edit : edits) {
                history.apply(edit);
            }
            if (notice.get().problem()) {
                notice.set(Notice.NONE);
            }
            return true;
        } catch (LayoutException e) {
            notice.set(Notice.problem(e.getMessage()));
            return false;
        } finally {
            refresh();
        }
    }

    private void refresh() {
        Layout current = history.current();
        live.set(current);
        layout.set(current);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        if (current.box(selectedLayer.get()).isEmpty()) {
            selectedLayer.set(0);
        }
        showRequest(target.get());
    }

    private void showRequest(MixTarget to) {
        requestJson.set(to == null ? ""
                : MixJson.pretty(MixStreamRequest.at(MixPara.start(history.current(), to.session()), clock.instant())));
    }

    private int topLayer() {
        List<Box> boxes = history.current().boxes();
        return boxes.get(boxes.size() - 1).layer();
    }

    private void reloadSavedLayouts() {
        try {
            savedLayouts.setAll(library.names());
        } catch (IOException e) {
            notice.set(Notice.problem("The saved layouts cannot be listed: " + e.getMessage()));
        }
    }
}
