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
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;
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
 * gives the editor its mix target; each change in the room brings its streams to the editor.
 */
final class StudioPanels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioPanels.class);

    private final StudioCoanchor coanchor;
    private final CoanchorViewModel coanchorModel;
    private final LayoutEditorViewModel layoutModel;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "studio-panels"));

    private StudioPanels(StudioCoanchor coanchor, CoanchorViewModel coanchorModel, LayoutEditorViewModel layoutModel) {
        this.coanchor = coanchor;
        this.coanchorModel = coanchorModel;
        this.layoutModel = layoutModel;
    }

    /**
     * Mounts both on {@code view}; the editor's canvas shows {@code composite}, and its saved layouts live in
     * {@code layouts}.
     */
    static StudioPanels mount(StudioView view, StudioEngine engine, LatestFrameSlot<PreviewImage> composite,
                              Path layouts) {
        StudioCoanchor coanchor = new StudioCoanchor(engine, engine.backend()::login, engine.playout());
        CoanchorViewModel coanchorModel = new CoanchorViewModel(coanchor);
        view.addDock("Co-anchors", new CoanchorPanel(coanchorModel).root());

        var video = engine.requestedVideo();
        LayoutEditorViewModel layoutModel = new LayoutEditorViewModel(engine.backend().anchorId(),
                new PictureSize(video.width(), video.height()), new LayoutLibrary(layouts), Clock.systemUTC());
        Stage editor = new Stage();
        editor.setTitle("Layout editor");
        editor.setScene(new LayoutEditorView(layoutModel, composite).createScene(1280, 720));
        view.addWindowAction("Layout editor", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                editor::show);

        StudioPanels panels = new StudioPanels(coanchor, coanchorModel, layoutModel);
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
        layoutModel.close();
        coanchorModel.close();
        coanchor.close();
    }
}
