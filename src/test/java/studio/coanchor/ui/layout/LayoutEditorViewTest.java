package studio.coanchor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.LayoutLibrary;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;

/** The layout editor on a real (headless) stage, its canvas fed with the test pattern through the preview tap. */
@ExtendWith(ApplicationExtension.class)
class LayoutEditorViewTest {
    private static final PictureSize PICTURE = new PictureSize(960, 540);
    private static final List<String> STREAMS = List.of("alice", "bob", "carol", "dave");

    @TempDir
    Path folder;

    private static final LatestFrameSlot<PreviewImage> COMPOSITE = new LatestFrameSlot<>();
    private static final PreviewTap TAP = new PreviewTap(640, COMPOSITE);
    private static final TestPatternSource SOURCE = new TestPatternSource(640, 360, 15, false, false);

    private LayoutEditorViewModel model;
    private LayoutEditorView view;

    @BeforeAll
    static void startTheLivePicture() throws Exception {
        SOURCE.start(TAP, event -> { });
    }

    @AfterAll
    static void stopTheLivePicture() {
        SOURCE.stop();
        TAP.close();
    }

    @Start
    void start(Stage stage) {
        model = new LayoutEditorViewModel("alice", PICTURE, new LayoutLibrary(folder.resolve("layouts")),
                Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
        model.streams().setAll(STREAMS);
        view = new LayoutEditorView(model, COMPOSITE);
        stage.setScene(view.createScene(1280, 720));
        stage.show();
    }

    @Stop
    void stop() {
        model.close();
    }

    @Test
    void theCanvasShowsTheLiveCompositeUnderTheBoxes() throws Exception {
        waitUntil(() -> view.canvas().picture().framesShownProperty().get() >= 3);
        long shown = view.canvas().picture().framesShownProperty().get();
        int pixel = onFx(() -> view.canvas().picture().image().getPixelReader().getArgb(320, 40));

        waitUntil(() -> onFx(() -> view.canvas().picture().image().getPixelReader().getArgb(320, 40)) != pixel);

        assertTrue(view.canvas().picture().framesShownProperty().get() > shown);
    }

    @Test
    void boxesAreAddedFromTheKnownStreamsAndSelected(FxRobot robot) throws Exception {
        robot.clickOn("#add-box").clickOn("#add-bob");

        Layout layout = layout();
        assertEquals(List.of("alice", "bob"), layout.streamIds());
        Box bob = layout.boxOn(2);
        assertEquals(List.of(240, 135), List.of(bob.width(), bob.height()), "a quarter of the picture");
        assertTrue(bob.right() <= 960 && bob.bottom() <= 540);
        assertEquals(2, onFx(() -> model.selectedLayerProperty().get()));
        assertEquals(8, robot.lookup(".layout-handle").queryAll().size());
    }

    @Test
    void aBoxDraggedPastTheCanvasEdgeStaysInside(FxRobot robot) throws Exception {
        addBoxes("bob");
        Box bob = layout().boxOn(2);

        robot.drag(onPicture(bob.x() + 50, bob.y() + 50), MouseButton.PRIMARY)
                .moveTo(onPicture(1100, 700)).drop();

        Box moved = layout().boxOn(2);
        assertEquals(List.of(720, 405, 240, 135), List.of(moved.x(), moved.y(), moved.width(), moved.height()));

        robot.drag(onPicture(moved.x() + 50, moved.y() + 50), MouseButton.PRIMARY)
                .moveTo(onPicture(-100, -100)).drop();

        Box back = layout().boxOn(2);
        assertEquals(List.of(0, 0), List.of(back.x(), back.y()));
    }

    @Test
    void aDraggedEdgeSnapsToAnotherBoxWithAGuideWhileTheDragLasts(FxRobot robot) throws Exception {
        addBoxes("bob", "carol");
        onFx(() -> {
            model.select(3);
            model.nudge(-1000, -1000);
            model.select(2);
            model.nudge(-1000, -1000);
            model.nudge(400, 300);
            return null;
        });
        assertEquals(List.of(400, 300), List.of(layout().boxOn(2).x(), layout().boxOn(2).y()));
        assertEquals(List.of(0, 0), List.of(layout().boxOn(3).x(), layout().boxOn(3).y()));

        robot.moveTo(onPicture(450, 350)).press(MouseButton.PRIMARY).moveTo(onPicture(295, 354));

        assertEquals(240, layout().boxOn(2).x(), "bob's left edge on carol's right edge at 240");
        assertEquals(List.of(Guide.vertical(240)), onFx(() -> List.copyOf(model.guides())));
        assertEquals(1, robot.lookup(".snap-guide").queryAll().size());

        robot.release(MouseButton.PRIMARY);

        assertEquals(240, layout().boxOn(2).x());
        assertEquals(List.of(), onFx(() -> List.copyOf(model.guides())));
        assertTrue(robot.lookup(".snap-guide").queryAll().isEmpty());
    }

    @Test
    void aHandleResizesTheBoxAndItsCornerFollowsThePointer(FxRobot robot) throws Exception {
        addBoxes("bob");
        Box bob = layout().boxOn(2);

        robot.drag(onPicture(bob.x(), bob.y()), MouseButton.PRIMARY)
                .moveTo(onPicture(bob.x() - 100, bob.y() - 60)).drop();

        Box resized = layout().boxOn(2);
        assertEquals(bob.right(), resized.right(), "the opposite corner stays");
        assertEquals(bob.bottom(), resized.bottom());
        assertEquals(bob.x() - 100, resized.x(), 2.0);
        assertEquals(bob.y() - 60, resized.y(), 2.0);
    }

    @Test
    void undoRestoresTheLayoutBeforeADragAndRedoReappliesIt(FxRobot robot) throws Exception {
        addBoxes("bob");
        Layout before = layout();
        Box bob = before.boxOn(2);

        robot.drag(onPicture(bob.x() + 40, bob.y() + 40), MouseButton.PRIMARY)
                .moveTo(onPicture(bob.x() - 60, bob.y() - 20))
                .moveTo(onPicture(bob.x() - 200, bob.y() - 150)).drop();
        Layout after = layout();
        assertNotEquals(before, after);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(before, layout(), "the whole drag is one step");
        assertEquals(before, model.liveLayout().get(), "what the compositor reads, from its own thread");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(after, layout());

        robot.clickOn("#undo");
        robot.clickOn("#undo");
        assertEquals(Layout.of(PICTURE, Box.primary("alice", PICTURE)), layout(), "back to before the box was added");
        assertTrue(robot.lookup("#undo").queryButton().isDisabled());
    }

    @Test
    void layersChangeOrderAndTheListShowsTheTopFirst(FxRobot robot) throws Exception {
        addBoxes("bob", "carol");
        onFx(() -> {
            model.select(2);
            return null;
        });

        robot.clickOn("#bring-forward");

        assertEquals(List.of("alice", "carol", "bob"), layout().boxes().stream().map(Box::streamId).toList());
        assertEquals(3, onFx(() -> model.selectedLayerProperty().get()), "the moved box stays selected");
        assertTrue(robot.lookup("#bring-forward").queryButton().isDisabled(), "it is on top now");
        List<String> listed = onFx(() -> robot.lookup("#layers").<ListView<Box>>query()
                .getItems().stream().map(Box::streamId).toList());
        assertEquals(List.of("bob", "carol", "alice"), listed);

        robot.clickOn("#send-backward");
        assertEquals(List.of("alice", "bob", "carol"), layout().boxes().stream().map(Box::streamId).toList());
    }

    @Test
    void arrowKeysNudgeTheSelectedBoxAndDeleteRemovesIt(FxRobot robot) throws Exception {
        addBoxes("bob");
        Box bob = layout().boxOn(2);
        robot.clickOn(onPicture(bob.x() + 20, bob.y() + 20));

        robot.type(KeyCode.LEFT).press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);

        assertEquals(List.of(bob.x() - 1, bob.y() - 10), List.of(layout().boxOn(2).x(), layout().boxOn(2).y()));

        robot.type(KeyCode.DELETE);
        assertEquals(1, layout().boxes().size());
    }

    @Test
    void anEditThatBreaksARuleIsRefusedWithTheRulesMessage(FxRobot robot) throws Exception {
        addBoxes("bob", "carol", "dave");
        Layout full = layout();

        robot.clickOn("#add-box").clickOn("#add-bob");

        assertEquals(full, layout());
        Label notice = robot.lookup("#layout-notice").queryAs(Label.class);
        assertTrue(onFx(notice::getText).contains("the classic scheme mixes at most 4"), onFx(notice::getText));
        assertTrue(onFx(() -> notice.getStyleClass().contains("problem")));

        robot.clickOn("#presets").clickOn("#preset-pk");

        assertEquals(full, layout());
        assertTrue(onFx(notice::getText).contains("PK puts two anchors side by side"), onFx(notice::getText));
    }

    @Test
    void aPresetArrangesTheKnownStreams(FxRobot robot) throws Exception {
        onFx(() -> model.streams().setAll("alice", "bob", "carol"));

        robot.clickOn("#presets").clickOn("#preset-column");

        assertEquals(StandardPreset.COLUMN.arrange(PICTURE, List.of("alice", "bob", "carol"), MixScheme.CLASSIC),
                layout());
        Label notice = robot.lookup("#layout-notice").queryAs(Label.class);
        assertEquals("Layout 'column' applied to alice, bob, carol", onFx(notice::getText));
    }

    @Test
    void aLayoutSavedAsAPresetComesBackFromThePresetsMenu(FxRobot robot) throws Exception {
        addBoxes("bob", "carol");
        Layout saved = layout();

        robot.clickOn("#presets").clickOn("#save-preset");
        robot.clickOn(".dialog-pane .text-field").write("evening-show").type(KeyCode.ENTER);
        waitUntil(() -> Files.exists(folder.resolve("layouts").resolve("evening-show.json")));
        onFx(() -> model.streams().setAll("alice", "bob"));
        robot.clickOn("#presets").clickOn("#preset-pip");
        onFx(() -> model.streams().setAll(STREAMS));
        assertNotEquals(saved, layout());

        robot.clickOn("#presets").clickOn("#saved-evening-show");

        assertEquals(saved, layout());
    }

    @Test
    void aLayoutFileWrittenAndReadBackGivesTheSameLayout() throws Exception {
        addBoxes("bob", "carol");
        Layout saved = layout();
        Path file = folder.resolve("show.json");

        onFx(() -> {
            model.exportTo(file);
            model.removeSelected();
            return null;
        });
        assertEquals(saved, LayoutFile.read(file));
        assertNotEquals(saved, layout());

        onFx(() -> {
            model.importFrom(file);
            return null;
        });
        assertEquals(saved, layout());

        Files.writeString(file, "{\"width\": 960, \"height\": 540, \"boxes\": []}");
        onFx(() -> {
            model.importFrom(file);
            return null;
        });
        assertEquals(saved, layout(), "a broken file changes nothing");
        assertTrue(onFx(() -> model.noticeProperty().get()).text().contains("the layout has no boxes"));
    }

    private void addBoxes(String... streams) throws Exception {
        onFx(() -> {
            for (String stream : streams) {
                model.addBox(stream);
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Layout layout() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> model.layoutProperty().get());
    }

    /** Where picture pixel {@code x, y} is on the screen. */
    private Point2D onPicture(double x, double y) throws Exception {
        LayoutCanvas canvas = view.canvas();
        return onFx(() -> canvas.localToScreen(canvas.toCanvasX(x), canvas.toCanvasY(y)));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
