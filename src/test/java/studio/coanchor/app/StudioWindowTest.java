package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.ServerSocket;
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
import studio.coanchor.testkit.RtmpReceiver;
import studio.coanchor.ui.LiveState;
import studio.coanchor.ui.PreviewView;
import studio.coanchor.ui.StudioView;
import studio.coanchor.ui.StudioViewModel;

/** The studio window on the real engine (test pattern and tone: this machine has no camera) pushing to a real server. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "studio.png");

    @TempDir
    Path snapshots;

    private StudioEngine engine;
    private StudioViewModel model;
    private StudioView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        engine = new StudioEngine();
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

        try (RtmpReceiver server = new RtmpReceiver()) {
            robot.clickOn("#url").write(server.url());
            robot.clickOn("#go-live");

            waitUntil(() -> onFx(goLive::getText).equals("Stop"));
            assertTrue(onFx(() -> goLive.getStyleClass().contains("live")));
            waitUntil(() -> onFx(() -> logContains("1002  pushing to " + server.url())));
            assertTrue(onFx(() -> logContains("1001  connected to 127.0.0.1")));
            waitUntil(() -> onFx(status::getText).matches("960x540 · 1[45] fps · video \\d+ · audio \\d+ · sent [1-9]\\d* kbps.*"));
            waitUntil(() -> server.video().size() > 15);
            assertEquals(960, server.video().get(server.video().size() - 1).width());
            assertEquals("LIVE", robot.lookup("#live-state").queryAs(Label.class).getText());
            waitUntil(() -> view.preview().framesShownProperty().get() >= 5);
            saveScreenshot();

            robot.clickOn("#go-live");

            waitUntil(() -> onFx(goLive::getText).equals("Go Live"));
            assertFalse(onFx(() -> goLive.getStyleClass().contains("live")));
            assertTrue(onFx(status::getText).startsWith("Offline"));
            assertTrue(onFx(() -> logContains("Stopped")));
        }
    }

    @Test
    void aServerThatCannotBeReachedEndsTheBroadcastWithMinus1307(FxRobot robot) throws Exception {
        Button goLive = robot.lookup("#go-live").queryButton();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        robot.clickOn("#url").write("rtmp://127.0.0.1:" + port + "/live/anchor-a");
        robot.clickOn("#go-live");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(goLive::getText).equals("Go Live")
                && onFx(() -> logContains("-1307")));
        assertTrue(onFx(() -> logContains("3002")));
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
        assertEquals(960, saved.getWidth());
        assertEquals(540, saved.getHeight());
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
