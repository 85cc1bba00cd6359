package studio.coanchor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;

@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "studio.png");
    private static final String URL = "rtmp://127.0.0.1:1935/live/anchor-a";

    @TempDir
    Path snapshots;

    private PatternBroadcast engine;
    private StudioViewModel model;
    private StudioView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        engine = new PatternBroadcast();
        model = new StudioViewModel(engine, snapshots);
        view = new StudioView(model);
        scene = view.createScene(1280, 720);
        stage.setTitle("CoAnchor Studio");
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() throws InterruptedException {
        model.close();
        engine.close();
    }

    @Test
    void previewShowsNewFramesAsTheProducerPaintsThem() throws Exception {
        PreviewView preview = view.preview();
        waitUntil(() -> preview.framesShownProperty().get() >= 10);
        long shownBefore = preview.framesShownProperty().get();
        int pixelBefore = onFx(() -> pixelAt(preview, 320, 60));

        waitUntil(() -> onFx(() -> pixelAt(preview, 320, 60)) != pixelBefore);

        assertTrue(preview.framesShownProperty().get() > shownBefore);
    }

    @Test
    void goLiveTurnsIntoARedStopShowsFiguresAndLogsEvents(FxRobot robot) throws Exception {
        Button goLive = robot.lookup("#go-live").queryButton();
        Label status = robot.lookup("#status-line").queryAs(Label.class);
        assertEquals("Go Live", goLive.getText());

        robot.clickOn("#url").write(URL);
        robot.clickOn("#go-live");

        waitUntil(() -> onFx(goLive::getText).equals("Stop"));
        assertTrue(onFx(() -> goLive.getStyleClass().contains("live")));
        waitUntil(() -> onFx(() -> logContains("1002  Pushing " + URL)));
        assertTrue(onFx(() -> logContains("1001  Connected to 127.0.0.1")));
        waitUntil(() -> onFx(status::getText).startsWith("960x540 · 15 fps · video 1200 · audio 64 · sent 12"));
        assertEquals("LIVE", robot.lookup("#live-state").queryAs(Label.class).getText());
        waitUntil(() -> view.preview().framesShownProperty().get() >= 5);
        saveScreenshot();

        robot.clickOn("#go-live");

        waitUntil(() -> onFx(goLive::getText).equals("Go Live"));
        assertFalse(onFx(() -> goLive.getStyleClass().contains("live")));
        assertTrue(onFx(status::getText).startsWith("Offline"));
        assertTrue(onFx(() -> logContains("Stopped")));
    }

    @Test
    void aTerminalErrorFromTheEngineEndsTheBroadcast(FxRobot robot) throws Exception {
        Button goLive = robot.lookup("#go-live").queryButton();
        robot.clickOn("#url").write(URL);
        robot.clickOn("#go-live");
        waitUntil(() -> onFx(goLive::getText).equals("Stop"));

        engine.report(MediaEvent.now(EventCode.PUSH_ERR_NET_DISCONNECT, "3 reconnect attempts failed"));

        waitUntil(() -> onFx(goLive::getText).equals("Go Live"));
        assertTrue(onFx(() -> logContains("-1307  3 reconnect attempts failed")));
        assertTrue(onFx(() -> logContains("Broadcast ended: " + EventCode.PUSH_ERR_NET_DISCONNECT.description())));
        assertTrue(onFx(() -> model.statusLineProperty().get()).startsWith("Offline"));
    }

    @Test
    void goLiveWithoutAUrlAsksForOne(FxRobot robot) throws Exception {
        robot.clickOn("#go-live");

        waitUntil(() -> onFx(() -> logContains("Enter the push URL first")));
        assertEquals(LiveState.OFFLINE, onFx(() -> model.stateProperty().get()));
    }

    @Test
    void snapshotSavesThePreviewAsPng(FxRobot robot) throws Exception {
        waitUntil(() -> view.preview().framesShownProperty().get() >= 1);

        robot.clickOn("#snapshot");

        waitUntil(() -> onFx(() -> logContains("Snapshot saved to " + snapshots)));
        List<Path> files;
        try (Stream<Path> listing = Files.list(snapshots)) {
            files = listing.toList();
        }
        assertEquals(1, files.size());
        BufferedImage saved = ImageIO.read(files.get(0).toFile());
        assertEquals(640, saved.getWidth());
        assertEquals(360, saved.getHeight());
    }

    @Test
    void mirrorFlipsThePreviewOnly(FxRobot robot) throws Exception {
        ImageView picture = robot.from(view.preview()).lookup(".image-view").queryAs(ImageView.class);

        robot.clickOn("#mirror");

        assertTrue(view.preview().mirroredProperty().get());
        assertEquals(-1.0, onFx(picture::getScaleX));
        assertEquals(1.0, onFx(() -> view.preview().getScaleX()));
    }

    private boolean logContains(String text) {
        return model.events().stream().anyMatch(line -> line.contains(text));
    }

    private static int pixelAt(PreviewView preview, int x, int y) {
        return preview.image().getPixelReader().getArgb(x, y);
    }

    private void saveScreenshot() throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        PngFile.write(image, SCREENSHOT);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
