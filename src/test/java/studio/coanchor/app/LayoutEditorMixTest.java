package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutLibrary;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.testkit.CoanchorBackend;
import studio.coanchor.testkit.MixEndpoint;
import studio.coanchor.ui.layout.LayoutEditorView;
import studio.coanchor.ui.layout.LayoutEditorViewModel;

/** The layout editor mixing through the real backend, as alice, with Tencent's endpoint played on loopback. */
@ExtendWith(ApplicationExtension.class)
class LayoutEditorMixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PictureSize PICTURE = new PictureSize(960, 540);
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final MixSession ALICE = MixSession.ofPrimary(CoanchorBackend.APP_ID, "alice");

    @TempDir
    Path folder;

    private CoanchorBackend backend;
    private LayoutEditorViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        backend = CoanchorBackend.start("rtmp://127.0.0.1:1935", Duration.ofSeconds(1));
        model = new LayoutEditorViewModel("alice", PICTURE, new LayoutLibrary(folder),
                Clock.fixed(NOW, ZoneOffset.UTC));
        model.streams().setAll("alice", "bob", "carol");
        LayoutEditorView view = new LayoutEditorView(model, new LatestFrameSlot<>());
        stage.setScene(view.createScene(1280, 720));
        stage.show();
    }

    @Stop
    void stop() {
        model.close();
        backend.close();
    }

    @Test
    void withoutALoginThereIsNoRequestAndNothingToSend(FxRobot robot) {
        assertTrue(robot.lookup("#apply-mix").queryButton().isDisabled());
        assertTrue(robot.lookup("#end-mix").queryButton().isDisabled());
        assertEquals("", robot.lookup("#mix-json").queryAs(TextArea.class).getText());
    }

    @Test
    void theJsonViewIsTheRequestOfTheLayoutForTheLoggedInAnchor(FxRobot robot) throws Exception {
        logIn("alice");
        TextArea json = robot.lookup("#mix-json").queryAs(TextArea.class);

        assertEquals(requestFor(layout()), onFx(json::getText));

        robot.clickOn("#add-box").clickOn("#add-bob");
        robot.clickOn("#add-box").clickOn("#add-carol");

        assertEquals(3, layout().boxes().size());
        assertEquals(requestFor(layout()), onFx(json::getText));
        assertTrue(onFx(json::getText).contains("\"input_stream_id\" : \"carol\""));
    }

    @Test
    void applyMixSendsTheLayoutThroughTheBackendAndShowsItsAnswer(FxRobot robot) throws Exception {
        try (LinkedRoom room = LinkedRoom.link(backend, "alice", "bob")) {
            logIn("alice");
            robot.clickOn("#add-box").clickOn("#add-bob");
            Layout mixed = layout();

            robot.clickOn("#apply-mix");

            waitForNotice(robot, "Mix applied: the backend answered 0, mixing as asked");
            List<MixEndpoint.Call> calls = backend.mixCalls();
            assertEquals(1, calls.size());
            JsonNode sent = calls.get(0).body().at("/interface/para");
            JsonNode asked = JSON.readTree(MixJson.compactParaBody(MixPara.start(mixed, ALICE))).get("para");
            assertEquals(asked, sent, "the layout's para reaches Tencent as the editor made it");

            robot.clickOn("#end-mix");

            waitForNotice(robot, "Mix ended: the backend answered 0, mixing as asked");
            JsonNode ended = backend.mixCalls().get(1).body().at("/interface/para/input_stream_list");
            assertEquals(1, ended.size(), "only the primary's layer ends the mix");
            assertEquals("alice", ended.get(0).get("input_stream_id").asText());
        }
    }

    @Test
    void theMixersRefusalIsShownInWords(FxRobot robot) throws Exception {
        try (LinkedRoom room = LinkedRoom.link(backend, "alice", "bob")) {
            logIn("alice");
            robot.clickOn("#add-box").clickOn("#add-bob");
            backend.answerMixesWith(-2);

            robot.clickOn("#apply-mix");

            waitForNotice(robot, "Mix not applied: the backend answered -2, an input's picture overflows the background");
            assertTrue(robot.lookup("#layout-notice").queryAs(Label.class).getStyleClass().contains("problem"));
        }
    }

    @Test
    void aStreamThatIsNotLinkedIsRefusedByTheBackendWithItsReason(FxRobot robot) throws Exception {
        logIn("alice");
        robot.clickOn("#add-box").clickOn("#add-carol");

        robot.clickOn("#apply-mix");

        waitForNotice(robot, "Mix not applied: the backend refused the mix request (HTTP 403)");
        String notice = onFx(() -> robot.lookup("#layout-notice").queryAs(Label.class).getText());
        assertTrue(notice.contains("'carol' is neither your stream nor the stream of an anchor linked with you"), notice);
        assertEquals(List.of(), backend.mixCalls());
        assertFalse(onFx(() -> robot.lookup("#apply-mix").queryButton().isDisabled()), "ready to try again");
    }

    private void logIn(String anchor) throws Exception {
        BackendMixTarget target = BackendMixTarget.of(backend.login(anchor));
        onFx(() -> {
            model.targetProperty().set(target);
            return null;
        });
    }

    private static String requestFor(Layout layout) {
        return MixJson.pretty(MixStreamRequest.at(MixPara.start(layout, ALICE), NOW));
    }

    private Layout layout() throws Exception {
        return onFx(() -> model.layoutProperty().get());
    }

    private static void waitForNotice(FxRobot robot, String start) throws Exception {
        Label notice = robot.lookup("#layout-notice").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(notice::getText).startsWith(start));
        } catch (TimeoutException e) {
            throw new AssertionError("the notice says '" + onFx(notice::getText) + "', not '" + start + "...'", e);
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
