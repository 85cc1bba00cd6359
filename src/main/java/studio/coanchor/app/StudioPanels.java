package studio.coanchor.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.compose.LatestInputs;
import studio.coanchor.compose.LiveComposition;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.mix.LayoutLibrary;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.ui.StudioView;
import studio.coanchor.ui.coanchor.CoanchorPanel;
import studio.coanchor.ui.coanchor.CoanchorViewModel;
import studio.coanchor.ui.coanchor.RoomMember;
import studio.coanchor.ui.layout.LayoutEditorView;
import studio.coanchor.ui.layout.LayoutEditorViewModel;

/**
 * The co-anchor dock and the layout editor window, mounted on the main window over the studio's engine. Logging in
 * gives the editor its mix target; each change in the room brings its streams to the editor. While the editor is
 * open, a live composition of the anchor's own picture and the linked anchors' pictures, by the editor's layout,
 * is its canvas: the same compositor the self-hosted mixer runs.
 */
final class StudioPanels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioPanels.class);
    private static final int CANVAS_FPS = 15;
    private static final int CANVAS_WIDTH = 1280;

    private final StudioCoanchor coanchor;
    private final CoanchorViewModel coanchorModel;
    private final LayoutEditorViewModel layoutModel;
    private final StudioEngine engine;
    private final FrameSink ownPicture;
    private final LiveComposition composition;
    private final PreviewTap canvas;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "studio-panels"));

    private StudioPanels(StudioEngine engine, StudioCoanchor coanchor, CoanchorViewModel coanchorModel,
                         LayoutEditorViewModel layoutModel, LatestFrameSlot<PreviewImage> composite) {
        this.engine = engine;
        this.coanchor = coanchor;
        this.coanchorModel = coanchorModel;
        this.layoutModel = layoutModel;
        LatestInputs inputs = coanchor.pictures();
        this.ownPicture = inputs.sink(engine.backend().anchorId());
        this.canvas = new PreviewTap(CANVAS_WIDTH, composite);
        this.composition = new LiveComposition("editor", CANVAS_FPS, layoutModel.liveLayout(), inputs, canvas);
        engine.addFrameSink(ownPicture);
    }

    /** Mounts both on {@code view}; the editor's saved layouts live in {@code layouts}. */
    static StudioPanels mount(StudioView view, StudioEngine engine, Path layouts) {
        StudioCoanchor coanchor = new StudioCoanchor(engine, engine.backend()::login, engine.playout());
        CoanchorViewModel coanchorModel = new CoanchorViewModel(coanchor);
        view.addDock("Co-anchors", new CoanchorPanel(coanchorModel).root());

        var video = engine.requestedVideo();
        LayoutEditorViewModel layoutModel = new LayoutEditorViewModel(engine.backend().anchorId(),
                new PictureSize(video.width(), video.height()), new LayoutLibrary(layouts), Clock.systemUTC());
        LatestFrameSlot<PreviewImage> composite = new LatestFrameSlot<>();
        StudioPanels panels = new StudioPanels(engine, coanchor, coanchorModel, layoutModel, composite);
        Stage editor = new Stage();
        editor.setTitle("Layout editor");
        editor.setScene(new LayoutEditorView(layoutModel, composite).createScene(1280, 720));
        editor.setOnShown(event -> panels.composition.start());
        editor.setOnHidden(event -> panels.composition.stop());
        view.addWindowAction("Layout editor", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                editor::show);

        coanchorModel.signedInProperty().addListener((property, before, now) -> panels.followRoom());
        coanchorModel.members().addListener((ListChangeListener<RoomMember>) change -> panels.followRoom());
        return panels;
    }

    /** The editor's mix target and streams, read from the backend off the JavaFX thread. */
    private void followRoom() {
        BackendAccount account = coanchor.account();
        if (account == null) {
            layoutModel.targetProperty().set(null);
            return;
        }
        worker.execute(() -> {
            try {
                StreamGrant grant = account.streams();
                BackendMixTarget target = BackendMixTarget.of(account);
                List<String> streams = new ArrayList<>();
                streams.add(grant.streamId());
                grant.linked().forEach(linked -> streams.add(linked.streamId()));
                Platform.runLater(() -> {
                    layoutModel.targetProperty().set(target);
                    layoutModel.streams().setAll(streams);
                });
            } catch (BackendException e) {
                LOG.warn("The layout editor cannot reach the backend: {}", e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        composition.stop();
        canvas.close();
        engine.removeFrameSink(ownPicture);
        layoutModel.close();
        coanchorModel.close();
        coanchor.close();
    }
}
