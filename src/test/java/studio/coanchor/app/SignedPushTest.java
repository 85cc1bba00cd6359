package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.app.StudioFixture.onFx;
import static studio.coanchor.app.StudioFixture.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import studio.coanchor.profile.Profile;
import studio.coanchor.testkit.RtmpReceiver;

/** Going live on the URL the studio's own backend signs, with FFmpeg's RTMP server behind it. */
@ExtendWith(ApplicationExtension.class)
class SignedPushTest {
    @TempDir
    Path folder;

    private final RtmpReceiver server = new RtmpReceiver();
    private final StudioEngine engine = new StudioEngine("rtmp://127.0.0.1:" + server.port());
    private StudioFixture studio;

    SignedPushTest() throws Exception {
    }

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioFixture.openFresh(stage, folder, engine);
    }

    @Stop
    void stop() throws InterruptedException {
        studio.close();
        server.close();
    }

    @Test
    void goLivePushesToTheBackendsSignedUrlWithoutShowingItsSignature(FxRobot robot) throws Exception {
        String anchor = studio.engine.backend().anchorId();
        String streamPath = "rtmp://127.0.0.1:" + server.port() + "/live/" + anchor;

        robot.clickOn("#target-backend");

        waitUntil(() -> onFx(() -> robot.lookup("#signed-target").queryAs(Label.class).getText())
                .equals("Signed for " + anchor + " by " + studio.engine.backend().uri() + ": " + streamPath + "?…"));
        assertFalse(onFx(() -> robot.lookup("#url").query().isVisible()));
        robot.clickOn("#go-live");

        waitUntil(() -> studio.logContains("1002 PUSH_EVT_PUSH_BEGIN  pushing to " + streamPath + "?…"));
        assertTrue(studio.logContains("Connecting to " + streamPath + "?…"));
        waitUntil(() -> server.video().size() > 10);
        assertTrue(studio.log().stream().noneMatch(entry -> entry.line().contains("txSecret")),
                "the signature stays out of the log");
        assertEquals(Profile.Target.BACKEND, studio.store.load().settings().active().stream().target());
        robot.clickOn("#go-live");
        waitUntil(() -> studio.logContains("Stopped"));
    }
}
