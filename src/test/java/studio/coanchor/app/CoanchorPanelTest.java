package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.media.SilentOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.linkmic.LinkEvent;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.testkit.CoanchorBackend;
import studio.coanchor.testkit.NginxRtmp;
import studio.coanchor.ui.PreviewView;
import studio.coanchor.ui.coanchor.CoanchorPanel;
import studio.coanchor.ui.coanchor.CoanchorViewModel;
import studio.coanchor.ui.coanchor.CoanchorWindow;
import studio.coanchor.ui.coanchor.RoomMember;
import studio.coanchor.ui.coanchor.Standing;

/**
 * The co-anchor panel, its request dialog and co-anchor windows on a real (headless) stage, driving the studio's
 * co-anchoring against the real backend and signaling hub, with another anchor on the other side: a headless
 * {@code coanchor link} pushing through nginx-rtmp, or a co-anchor session of its own.
 */
@ExtendWith(ApplicationExtension.class)
class CoanchorPanelTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private Stage stage;
    private CoanchorViewModel model;
    private CoanchorPanel panel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAll() throws Exception {
        if (model != null) {
            onFx(() -> {
                model.close();
                return null;
            });
        }
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    /** Alice logs in to {@code backend} in the window and opens her room; she has {@code answerTime} to answer. */
    private void openAlicesRoom(CoanchorBackend backend, Duration answerTime, FxRobot robot) throws Exception {
        StudioCoanchor alice = closeLater(new StudioCoanchor(new StudioPush(), () -> backend.login("alice"),
                silentMixer()));
        mount(alice, answerTime);
        robot.clickOn("#coanchor-login");
        waitUntil(() -> onFx(() -> model.signedInProperty().get() != null));
        robot.clickOn("#coanchor-join");
        waitUntil(() -> onFx(() -> model.ownerProperty().get()));
    }

    /** Whether {@code query} finds a node the robot can click: on screen in a showing window. */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    /** Linked anchors' sound, mixed and played into a silent sink at the speaker's pace. */
    private PlayoutMixer silentMixer() {
        PlayoutMixer mixer = closeLater(new PlayoutMixer(SilentOutput::new));
        mixer.start();
        return mixer;
    }

    @Test
    void anAcceptedRequestPlaysThePeerLiveInItsWindowAndAKickEndsTheLink(FxRobot robot) throws Exception {
        NginxRtmp nginx = closeLater(NginxRtmp.start());
        CoanchorBackend backend = closeLater(CoanchorBackend.start(nginx.rtmpUrl("live").replace("/live", ""),
                Duration.ofSeconds(10)));
        StudioPush ownPush = closeLater(new StudioPush());
        StudioCoanchor alice = closeLater(new StudioCoanchor(ownPush, () -> {
            throw new AssertionError("co-anchors share a backend: this test logs in to that one");
        }, silentMixer()));
        mount(alice, CoanchorViewModel.ANSWER_TIME);

        logInTo(backend, "alice", robot);
        robot.clickOn("#coanchor-join");
        waitUntil(() -> text(robot, "#coanchor-standing").equals("Your room is open · 0 watching"));
        ownPush.goLive(alice.signedPushUrl());

        LinkRun bob = closeLater(new LinkRun(backend, "bob", "alice"));
        waitUntil(() -> shown(robot, "#request-accept"));
        assertEquals("bob asks to co-anchor with you", text(robot, "#request-question"));
        assertTrue(text(robot, "#request-countdown").matches("Rejected in (10|9|8) s without an answer"),
                text(robot, "#request-countdown"));
        Scene dialog = robot.lookup("#request-accept").query().getScene();
        PngFile.write(onFx(() -> dialog.snapshot(null)), SCREENSHOTS.resolve("coanchor-request.png"));
        robot.clickOn("#request-accept");

        bob.await("LINK accepted alice");
        bob.await("LINK role - pushing as sub");
        VideoSettings main = QualityPreset.linkMicMain(ownPush.requestedVideo());
        waitUntil(() -> ownPush.currentPusher().orElseThrow().videoSettings().equals(main));
        waitUntil(() -> onFx(() -> panel.window("bob")) != null);
        CoanchorWindow window = onFx(() -> panel.window("bob"));
        PreviewView video = window.video();
        waitUntil(() -> video.framesShownProperty().get() >= 60);
        int pixel = onFx(() -> video.image().getPixelReader().getArgb(100, 100));
        waitUntil(() -> onFx(() -> video.image().getPixelReader().getArgb(100, 100)) != pixel);
        waitUntil(() -> onFx(() -> video.image().getWidth()) == 480.0);
        waitUntil(() -> text(window, "#peer-figures").matches("Latency \\d+ ms · \\d+ fps · \\d+ kbps"));
        waitUntil(() -> !onFx(() -> lookup(window, "#peer-overlay").isVisible()));
        assertEquals("Co-anchor", text(window, "#peer-standing"));
        assertEquals(List.of(new RoomMember("alice", Standing.OWNER, true),
                new RoomMember("bob", Standing.CO_ANCHOR, false)), onFx(() -> List.copyOf(model.members())));
        assertEquals("Your room · 1 co-anchor", text(robot, "#coanchor-standing"));
        waitUntil(() -> activityHas("Mix column:bob code=0"));
        bob.await("PEER alice EVENT 2004 PLAY_EVT_PLAY_BEGIN");
        saveScreenshots(window);

        long shown = video.framesShownProperty().get();
        ToggleButton mute = (ToggleButton) lookup(window, "#peer-mute");
        robot.clickOn(mute);
        assertEquals("Unmute", onFx(mute::getText));
        waitUntil(() -> activityHas("Muted bob"));
        waitUntil(() -> video.framesShownProperty().get() > shown + 20
                && !onFx(() -> lookup(window, "#peer-overlay").isVisible()));

        Button kick = (Button) lookup(window, "#peer-kick");
        assertTrue(onFx(kick::isVisible));
        robot.clickOn(kick);
        bob.await("LINK kicked alice");
        waitUntil(() -> onFx(() -> panel.window("bob")) == null);
        assertFalse(onFx(() -> window.stage().isShowing()));
        waitUntil(() -> text(robot, "#coanchor-standing").equals("Your room is open · 1 watching"));
        assertEquals(new RoomMember("bob", Standing.MEMBER, false), onFx(() -> model.members().get(1)));
        bob.await("LINK role - pushing as solo");
        waitUntil(() -> ownPush.currentPusher().orElseThrow().videoSettings().equals(ownPush.requestedVideo()));
    }

    @Test
    void aRejectionAndARequestLeftToTheCountdownAreBothRefusalsTheRequesterHears(FxRobot robot) throws Exception {
        CoanchorBackend backend = closeLater(CoanchorBackend.start(unusedRtmp(), Duration.ofSeconds(10)));
        openAlicesRoom(backend, Duration.ofSeconds(2), robot);
        assertEquals("alice at " + backend.uri(), text(robot, "#coanchor-signed-in"));

        HeadlessAnchor carol = closeLater(new HeadlessAnchor(backend, "carol", "alice"));
        carol.session().requestLink();
        waitUntil(() -> shown(robot, "#request-reject"));
        robot.clickOn("#request-reject");
        assertEquals("rejected: the owner declined", carol.await(LinkEvent.Kind.REJECTED, "alice", "").message());
        waitUntil(() -> robot.lookup("#request-reject").tryQuery().isEmpty());

        carol.session().requestLink();
        waitUntil(() -> robot.lookup("#request-countdown").tryQuery().isPresent());
        assertEquals("Rejected in 2 s without an answer", text(robot, "#request-countdown"));
        carol.await(LinkEvent.Kind.REJECTED, "alice", "no answer within 2 s");
        waitUntil(() -> robot.lookup("#request-countdown").tryQuery().isEmpty());
        assertEquals(List.of(), onFx(() -> List.copyOf(model.peers())), "nobody was linked");
    }

    @Test
    void whenTheHubTimesOutFirstTheDialogClosesAndTheRoomCanBeLeftAndJoinedAgain(FxRobot robot) throws Exception {
        CoanchorBackend backend = closeLater(CoanchorBackend.start(unusedRtmp(), Duration.ofSeconds(1)));
        openAlicesRoom(backend, CoanchorViewModel.ANSWER_TIME, robot);

        HeadlessAnchor carol = closeLater(new HeadlessAnchor(backend, "carol", "alice"));
        carol.session().requestLink();
        waitUntil(() -> shown(robot, "#request-accept"));
        carol.await(LinkEvent.Kind.TIMEOUT, "carol", "");
        waitUntil(() -> robot.lookup("#request-accept").tryQuery().isEmpty());
        waitUntil(() -> activityHas("No answer in time: alice did not answer within 1000 ms"));
        assertNull(onFx(() -> model.requestProperty().get()));

        robot.clickOn("#coanchor-leave");
        waitUntil(() -> text(robot, "#coanchor-standing").equals("Not in a room"));
        robot.clickOn("#coanchor-join");
        waitUntil(() -> text(robot, "#coanchor-standing").equals("Your room is open · 0 watching"));
        assertEquals(List.of(new RoomMember("alice", Standing.OWNER, true)), onFx(() -> List.copyOf(model.members())),
                "the owner's leaving closed the room and sent its members away");
    }

    @Test
    void aPkAcceptedInTheDialogOpensTheOpponentsWindowAndEndsFromIt(FxRobot robot) throws Exception {
        CoanchorBackend backend = closeLater(CoanchorBackend.start(unusedRtmp(), Duration.ofSeconds(10)));
        openAlicesRoom(backend, CoanchorViewModel.ANSWER_TIME, robot);

        HeadlessAnchor dave = closeLater(new HeadlessAnchor(backend, "dave", "dave"));
        dave.session().startPk("alice");
        waitUntil(() -> shown(robot, "#request-accept"));
        assertEquals("dave asks you for a PK", text(robot, "#request-question"));
        robot.clickOn("#request-accept");

        dave.await(LinkEvent.Kind.PK_STARTED, "alice", "");
        waitUntil(() -> text(robot, "#coanchor-standing").equals("In a PK with dave"));
        waitUntil(() -> onFx(() -> panel.window("dave")) != null);
        CoanchorWindow window = onFx(() -> panel.window("dave"));
        assertEquals("PK", text(window, "#peer-standing"));
        assertTrue(onFx(() -> lookup(window, "#peer-overlay").isVisible()),
                "dave pushes nothing here: his window says it is still connecting");
        assertTrue(onFx(() -> lookup(window, "#peer-stop-pk").isVisible()));
        assertFalse(onFx(() -> lookup(window, "#peer-kick").isVisible()));

        robot.clickOn(lookup(window, "#peer-stop-pk"));
        dave.await(LinkEvent.Kind.PK_ENDED, "alice", "");
        waitUntil(() -> onFx(() -> panel.window("dave")) == null);
        waitUntil(() -> text(robot, "#coanchor-standing").equals("Your room is open · 0 watching"));
    }

    @Test
    void badLoginsAndARoomNobodyOpenedAreExplained(FxRobot robot) throws Exception {
        CoanchorBackend backend = closeLater(CoanchorBackend.start(unusedRtmp(), Duration.ofSeconds(10)));
        StudioCoanchor bob = closeLater(new StudioCoanchor(new StudioPush(), () -> backend.login("bob"),
                silentMixer()));
        mount(bob, CoanchorViewModel.ANSWER_TIME);

        robot.clickOn("#coanchor-remote");
        robot.clickOn("#coanchor-login");
        waitUntil(() -> activityHas("Enter the backend's address, such as http://127.0.0.1:8090"));
        robot.clickOn("#coanchor-address").write("ftp://example.com");
        robot.clickOn("#coanchor-login");
        waitUntil(() -> activityHas("The backend's address is http://HOST:PORT or https://HOST:PORT, such as "
                + "http://127.0.0.1:8090; 'ftp://example.com' is not"));
        robot.doubleClickOn("#coanchor-address").eraseText(20).write(backend.uri().toString());
        robot.clickOn("#coanchor-user").write("bob");
        robot.clickOn("#coanchor-password").write("not-bobs-password");
        robot.clickOn("#coanchor-login");
        waitUntil(() -> activityHas("Logging in failed: could not log in as bob: "));
        assertFalse(activityHas("not-bobs-password"), "the password never reaches the window");
        assertNull(onFx(() -> model.signedInProperty().get()));

        robot.clickOn("#coanchor-builtin");
        robot.clickOn("#coanchor-login");
        waitUntil(() -> onFx(() -> model.signedInProperty().get() != null));
        robot.doubleClickOn("#coanchor-room").eraseText(10).write("carol");
        robot.clickOn("#coanchor-join");
        waitUntil(() -> activityHas("Joining carol failed: could not join room carol: "));
        assertNull(onFx(() -> model.roomProperty().get()));
    }

    /** Logs in through the form for another backend, as co-anchors sharing one do. */
    private void logInTo(CoanchorBackend backend, String anchor, FxRobot robot) throws Exception {
        robot.clickOn("#coanchor-remote");
        robot.clickOn("#coanchor-address").write(backend.uri().toString());
        robot.clickOn("#coanchor-user").write(anchor);
        robot.clickOn("#coanchor-password").write(CoanchorBackend.password(anchor));
        robot.clickOn("#coanchor-login");
        waitUntil(() -> text(robot, "#coanchor-signed-in").equals(anchor + " at " + backend.uri()));
        assertEquals("", onFx(() -> model.passwordProperty().get()), "the password is not kept in the form");
        assertFalse(activityHas(CoanchorBackend.password(anchor)));
    }

    /** Puts the panel on the stage as the studio's dock holds it: in the studio's stylesheet, beside the preview. */
    private void mount(StudioCoanchor control, Duration answerTime) throws Exception {
        onFx(() -> {
            model = new CoanchorViewModel(control, answerTime);
            panel = new CoanchorPanel(model);
            StackPane dock = new StackPane(panel.root());
            dock.getStyleClass().add("studio");
            dock.setPadding(new Insets(14));
            Scene scene = new Scene(dock, 380, 760);
            scene.getStylesheets().add(PreviewView.class.getResource("studio.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    /** An RTMP base where nothing listens: sessions that never play anything do not need a server. */
    private static String unusedRtmp() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return "rtmp://127.0.0.1:" + free.getLocalPort();
        }
    }

    private void saveScreenshots(CoanchorWindow window) throws Exception {
        PngFile.write(onFx(() -> stage.getScene().snapshot(null)), SCREENSHOTS.resolve("coanchor-panel.png"));
        PngFile.write(onFx(() -> window.stage().getScene().snapshot(null)),
                SCREENSHOTS.resolve("coanchor-window.png"));
    }

    private boolean activityHas(String text) throws Exception {
        return onFx(() -> model.activity().stream().anyMatch(line -> line.contains(text)));
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        opened.push(resource);
        return resource;
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    private static String text(CoanchorWindow window, String query) throws Exception {
        return onFx(() -> ((Label) lookup(window, query)).getText());
    }

    private static Node lookup(CoanchorWindow window, String query) {
        Window shown = window.stage();
        return shown.getScene().lookup(query);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** {@code coanchor link --request} run in a thread of its own, as another anchor's computer would run it. */
    private static final class LinkRun implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Thread thread;

        LinkRun(CoanchorBackend backend, String anchor, String room) {
            LinkRequest request = new LinkRequest(backend.uri(), anchor, CoanchorBackend.password(anchor), room, true,
                    false, Optional.empty(), false, StudioPush.testPattern("rtmp://127.0.0.1/live/" + anchor, true));
            PrintStream lines = new PrintStream(out, true, StandardCharsets.UTF_8);
            thread = new Thread(() -> new LinkRunner().run(request, lines, lines), "link-" + anchor);
            thread.start();
        }

        void await(String prefix) throws TimeoutException {
            try {
                waitUntil(() -> output().lines().anyMatch(line -> line.startsWith(prefix)));
            } catch (TimeoutException e) {
                throw new TimeoutException("no '" + prefix + "' from the other anchor:\n" + output());
            }
        }

        private String output() {
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(20));
        }
    }
}
