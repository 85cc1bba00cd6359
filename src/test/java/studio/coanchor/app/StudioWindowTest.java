package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.app.StudioFixture.clickWhenShown;
import static studio.coanchor.app.StudioFixture.onFx;
import static studio.coanchor.app.StudioFixture.waitForText;
import static studio.coanchor.app.StudioFixture.waitUntil;

import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import studio.coanchor.media.EventCode;
import studio.coanchor.testkit.RtmpReceiver;
import studio.coanchor.ui.Choice;
import studio.coanchor.ui.LiveState;
import studio.coanchor.ui.PreviewView;
import studio.coanchor.ui.status.LogEntry;

/**
 * The studio window on the real engine (test pattern and tone: this machine has no camera or microphone) pushing to
 * FFmpeg's RTMP server in the test's process.
 */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "main.png");

    @TempDir
    Path folder;

    /** Built with the test instance, before the window's start, which TestFX limits to 30 s. */
    private final StudioEngine engine = new StudioEngine();
    private StudioFixture studio;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioFixture.openFresh(stage, folder, engine);
    }

    @Stop
    void stop() {
        studio.close();
    }

    @Test
    void startsOnTheTestPatternAndThePreviewShowsMovingFrames(FxRobot robot) throws Exception {
        PreviewView preview = studio.view.preview();
        waitUntil(() -> preview.framesShownProperty().get() >= 10);
        long shownBefore = preview.framesShownProperty().get();
        int pixelBefore = onFx(() -> pixelAt(preview, 320, 60));

        waitUntil(() -> onFx(() -> pixelAt(preview, 320, 60)) != pixelBefore);

        assertTrue(preview.framesShownProperty().get() > shownBefore);
        assertTrue(studio.logContains("No camera found: showing the test pattern"));
        assertTrue(onFx(() -> robot.lookup("#source-description").queryAs(Label.class).getText())
                .startsWith("test pattern 960x540@15"));
        assertEquals("Test pattern", onFx(() -> selected(robot, "#video-source").label()));
        assertFalse(onFx(() -> robot.lookup("#source-loading").query().isVisible()));
    }

    @Test
    void goLiveShowsTheFiguresTheChartAndTheEventsThenStops(FxRobot robot) throws Exception {
        Button goLive = robot.lookup("#go-live").queryButton();
        assertEquals("Go Live", goLive.getText());
        waitUntil(() -> onFx(() -> !robot.lookup("#source-loading").query().isVisible()));

        try (RtmpReceiver server = new RtmpReceiver()) {
            robot.clickOn("#url").write(server.url());
            robot.clickOn("#go-live");

            waitUntil(() -> onFx(goLive::getText).equals("Stop"));
            waitUntil(() -> studio.logContains("1002 PUSH_EVT_PUSH_BEGIN  pushing to " + server.url()));
            assertTrue(studio.logContains("push  1001 PUSH_EVT_CONNECT_SUCC  connected to 127.0.0.1"));
            waitForText(() -> figure(robot, "spd"), "SPD [1-9]\\d* kbps");
            waitForText(() -> figure(robot, "fps"), "FPS [1-9]\\d* / 15");
            assertTrue(figure(robot, "bitrate").matches("VRA \\d+ / ARA \\d+ kbps"), figure(robot, "bitrate"));
            assertEquals("127.0.0.1", figure(robot, "server"));
            assertTrue(figure(robot, "drp").matches("DRP \\d+ \\(\\d+\\.\\d%\\)"), figure(robot, "drp"));
            assertEquals("LIVE", robot.lookup("#live-state").queryAs(Label.class).getText());
            waitUntil(() -> onFx(() -> studio.model.history().samples().stream()
                    .filter(sample -> sample.bitrateKbps() > 0 && sample.sendKbps() > 0).count()) >= 2);
            LineChart<?, ?> chart = robot.lookup("#send-chart").queryAs(LineChart.class);
            waitUntil(() -> onFx(() -> chart.getData().get(1).getData().size()) >= 3);
            waitUntil(() -> server.video().size() > 15);
            assertEquals(960, server.video().get(server.video().size() - 1).width());

            robot.clickOn("#quality");
            String uhd = "UHD · 1280x720 · 15 fps · 1800 kbit/s";
            clickWhenShown(robot, uhd);
            waitUntil(() -> studio.logContains("1005 PUSH_EVT_CHANGE_RESOLUTION"));
            waitUntil(() -> server.video().get(server.video().size() - 1).width() == 1280);
            assertEquals(1, server.connections(), "the new preset goes on the same connection");
            saveScreenshot();

            robot.clickOn("#go-live");

            waitUntil(20, () -> onFx(goLive::getText).equals("Go Live"));
            assertFalse(onFx(() -> goLive.getStyleClass().contains("live")));
            assertTrue(studio.logContains("Stopped"));
            assertEquals("SPD –", figure(robot, "spd"));
        }
        assertEquals("UHD", studio.store.load().settings().active().quality().preset());
    }

    @Test
    void aHardwareEncoderThatFailsAndAServerThatCannotBeReachedAreNotified(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ComboBox<?> encoders = robot.lookup("#encoder").queryComboBox();
        waitUntil(() -> onFx(() -> encoders.getItems().size()) > 1);
        Choice nvenc = onFx(() -> encoders.getItems().stream().map(Choice.class::cast)
                .filter(choice -> choice.id().equals("nvenc")).findFirst().orElseThrow());
        assertFalse(nvenc.available(), "no GPU here: NVENC is listed but cannot be picked");
        onFx(() -> {
            studio.model.chooseEncoder("nvenc");
            return null;
        });
        robot.clickOn("#url").write("rtmp://127.0.0.1:" + port + "/live/anchor-a");
        robot.clickOn("#go-live");

        waitUntil(() -> StudioFixture.notifications(robot).stream().anyMatch(text -> text.startsWith(
                "Encoding in software The hardware encoder did not start")));
        assertEquals(List.of(), StudioFixture.notificationsInColumnOf(robot.lookup("#go-live").query()),
                "notifications, however many stack up, leave the Go Live / Stop button free");
        waitUntil(20, () -> onFx(() -> studio.model.stateProperty().get() == LiveState.OFFLINE)
                && studio.logContains("-1307"));
        assertTrue(studio.logContains("3002 PUSH_WARNING_SEVER_CONN_FAIL"));
        assertTrue(studio.logContains("Broadcast ended: " + EventCode.PUSH_ERR_NET_DISCONNECT.description()));
        waitUntil(() -> StudioFixture.notifications(robot).stream()
                .anyMatch(text -> text.startsWith(EventCode.PUSH_ERR_NET_DISCONNECT.description())));
        List<LogEntry> errors = studio.log().stream().filter(entry -> entry.code() != null && entry.code().isError())
                .toList();
        assertEquals("push", errors.get(0).origin());
    }

    @Test
    void aDroppedConnectionIsNotifiedAndSoIsBeingBack(FxRobot robot) throws Exception {
        try (RtmpReceiver server = new RtmpReceiver()) {
            robot.clickOn("#url").write(server.url());
            robot.clickOn("#go-live");
            waitUntil(() -> server.video().size() > 5);

            server.dropConnection();

            waitUntil(() -> StudioFixture.notifications(robot).stream()
                    .anyMatch(text -> text.startsWith("Reconnecting The connection dropped; trying again.")));
            waitUntil(20, () -> StudioFixture.notifications(robot).stream()
                    .anyMatch(text -> text.equals("Reconnected Live again: pushing to " + server.url())));
            waitUntil(() -> server.connections() == 2);
            assertEquals(LiveState.LIVE, onFx(() -> studio.model.stateProperty().get()));
            assertTrue(studio.logContains("1102 PUSH_WARNING_RECONNECT"));
        }
    }

    @Test
    void goLiveWithoutAUrlAsksForOne(FxRobot robot) throws Exception {
        robot.clickOn("#go-live");

        waitUntil(() -> studio.logContains("Enter the push URL first"));
        assertEquals(LiveState.OFFLINE, onFx(() -> studio.model.stateProperty().get()));
    }

    @Test
    void recordingWritesAFileThatThenPlaysAsTheSourceWithoutBlankingThePreview(FxRobot robot) throws Exception {
        PreviewView preview = studio.view.preview();
        waitUntil(() -> preview.framesShownProperty().get() >= 1 && !onFx(studio.model.switchingSourceProperty()::get));

        robot.clickOn("#record");
        waitUntil(() -> studio.logContains("Recording to "));
        assertTrue(onFx(() -> robot.lookup("#recording-badge").query().isVisible()));
        Thread.sleep(2_500);
        robot.clickOn("#record");
        waitUntil(() -> studio.logContains("Recording saved to "));
        Path recording;
        try (Stream<Path> files = Files.list(studio.recordings())) {
            recording = files.filter(file -> file.toString().endsWith(".flv")).findFirst().orElseThrow();
        }
        assertTrue(Files.size(recording) > 50_000, "size " + Files.size(recording));

        robot.clickOn("#video-source");
        clickWhenShown(robot, "Media file…");
        robot.clickOn("#source-detail").write(recording.toString());
        long framesBefore = preview.framesShownProperty().get();
        AtomicBoolean overlayShown = new AtomicBoolean();
        onFx(() -> {
            robot.lookup("#source-loading").query().visibleProperty()
                    .addListener((property, before, visible) -> overlayShown.compareAndSet(false, visible));
            return null;
        });
        robot.clickOn("#apply-source");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!studio.logContains("Source: file " + recording) && System.nanoTime() < deadline) {
            assertTrue(onFx(() -> preview.image() != null), "the preview keeps a picture while switching");
            Thread.sleep(10);
        }
        assertTrue(studio.logContains("Source: file " + recording));
        assertTrue(overlayShown.get(), "the loading overlay covered the switch");
        waitUntil(() -> preview.framesShownProperty().get() > framesBefore + 10);
        assertEquals("Media file…", onFx(() -> selected(robot, "#video-source").label()));
        assertEquals("The file's own sound", onFx(() -> selected(robot, "#audio-source").label()));
        assertEquals("file:" + recording, studio.store.load().settings().active().devices().video());
    }

    @Test
    void snapshotSavesThePreviewAsPng(FxRobot robot) throws Exception {
        waitUntil(() -> studio.view.preview().framesShownProperty().get() >= 1);

        robot.clickOn("#snapshot");

        waitUntil(() -> studio.logContains("Snapshot saved to " + studio.snapshots()));
        BufferedImage saved = ImageIO.read(onlyFile(studio.snapshots()).toFile());
        assertEquals(960, saved.getWidth());
        assertEquals(540, saved.getHeight());
    }

    @Test
    void theProfilesShortcutsTakeSnapshotsAndMute(FxRobot robot) throws Exception {
        waitUntil(() -> studio.view.preview().framesShownProperty().get() >= 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> studio.logContains("Snapshot saved to "));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> onFx(() -> robot.lookup("#muted-badge").query().isVisible()));
        assertTrue(studio.logContains("Sound muted"));
        assertTrue(onFx(() -> robot.lookup("#mute").queryAs(javafx.scene.control.ToggleButton.class).isSelected()));
    }

    @Test
    void mirrorFlipsThePreviewOnly(FxRobot robot) throws Exception {
        ImageView picture = robot.from(studio.view.preview()).lookup(".image-view").queryAs(ImageView.class);

        robot.clickOn("#mirror");

        assertTrue(studio.view.preview().mirroredProperty().get());
        assertEquals(-1.0, onFx(picture::getScaleX));
        assertEquals(1.0, onFx(() -> studio.view.preview().getScaleX()));
    }

    @Test
    void otherFeaturesMountInTheDockAndTheWindowMenu(FxRobot robot) throws Exception {
        AtomicBoolean opened = new AtomicBoolean();
        onFx(() -> {
            studio.view.addDock("Co-anchors", new Label("room panel"));
            studio.view.addWindowAction("Layout Editor", KeyCombination.valueOf("Shortcut+Shift+E"),
                    () -> opened.set(true));
            return null;
        });

        clickWhenShown(robot, "Co-anchors");
        assertTrue(onFx(() -> robot.lookup("room panel").query().isVisible()));
        robot.clickOn("#menu-window");
        assertTrue(robot.lookup("No other windows yet").queryAll().isEmpty());
        clickWhenShown(robot, "Layout Editor");
        assertTrue(opened.getAndSet(false));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(opened::get);
    }

    private static String figure(FxRobot robot, String kind) throws Exception {
        return onFx(() -> robot.lookup("#figure-" + kind).queryAs(Label.class).getText());
    }

    private static Choice selected(FxRobot robot, String combo) {
        return (Choice) robot.lookup(combo).queryComboBox().getValue();
    }

    private static int pixelAt(PreviewView preview, int x, int y) {
        return preview.image().getPixelReader().getArgb(x, y);
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.toList();
            assertEquals(1, files.size(), files.toString());
            return files.get(0);
        }
    }

    private void saveScreenshot() throws Exception {
        PngFile.write(onFx(() -> studio.stage.getScene().snapshot(null)), SCREENSHOT);
    }
}
