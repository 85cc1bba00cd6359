package studio.coanchor.linkmic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.testkit.CapturedLog;
import studio.coanchor.testkit.CoanchorBackend;
import studio.coanchor.testkit.MixEndpoint;

/** Co-anchor sessions of several anchors against the real backend and signaling hub, over loopback. */
class CoanchorSessionTest {
    private static final String RTMP = "rtmp://127.0.0.1:1935";

    private CoanchorBackend backend;
    private final List<CoanchorSession> sessions = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void startBackend() throws Exception {
        backend = CoanchorBackend.start(RTMP, Duration.ofSeconds(1));
    }

    @AfterEach
    void stopAll() {
        sessions.forEach(CoanchorSession::close);
        backend.close();
    }

    @Test
    void anAcceptedCoAnchorIsPlayedAndMixedOnceEveryInputIsLiveThenUnmixedWhenItQuits() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            linkMixAndQuit();
            List<String> secrets = new ArrayList<>(List.of(CoanchorBackend.API_KEY, CoanchorBackend.PUSH_KEY,
                    CoanchorBackend.PLAY_KEY, CoanchorBackend.password("alice"), CoanchorBackend.password("bob")));
            secrets.addAll(tokens);
            for (String line : log.lines()) {
                for (String secret : secrets) {
                    assertFalse(line.contains(secret), "a secret in the log: " + line);
                }
            }
            assertTrue(log.lines().size() > 10, "the scenario logs what happens");
        }
    }

    private void linkMixAndQuit() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog bob = new MediaLog();
        CoanchorSession owner = join("alice", "alice", alice);
        owner.answerAutomatically(Answer.ACCEPT);
        CoanchorSession coAnchor = join("bob", "alice", bob);

        coAnchor.requestLink();
        alice.await("LINK request_received bob");
        alice.await("publish MAIN");
        assertTrue(alice.await("play bob ").startsWith("play bob " + RTMP + "/live/bob?bizid=8888&txSecret="));
        bob.await("LINK accepted alice");
        bob.await("publish SUB");
        assertTrue(bob.await("play alice ").startsWith("play alice " + RTMP + "/live/alice?"));

        owner.pushBegan();
        Thread.sleep(300);
        assertEquals(List.of(), backend.mixCalls(), "no mix before the co-anchor's stream plays");
        alice.firstPictureOf("bob");
        alice.await("LINK linked bob");
        alice.await("LINK mix - column:bob code=0");

        MixEndpoint.Call start = backend.mixCalls().get(0);
        assertSigned(start.uri());
        JsonNode inputs = start.body().path("interface").path("para").path("input_stream_list");
        assertEquals(2, inputs.size());
        assertEquals("alice", inputs.get(0).path("input_stream_id").asText());
        assertEquals(1, inputs.get(0).path("layout_params").path("image_layer").asInt());
        JsonNode box = inputs.get(1).path("layout_params");
        assertEquals("bob", inputs.get(1).path("input_stream_id").asText());
        assertEquals(List.of(2, 160, 240, 380, 630), List.of(box.path("image_layer").asInt(),
                box.path("image_width").asInt(), box.path("image_height").asInt(), box.path("location_x").asInt(),
                box.path("location_y").asInt()));

        coAnchor.quit();
        alice.await("publish SOLO");
        alice.await("stop bob");
        alice.await("LINK unlinked bob");
        alice.await("LINK mix - ended code=0");
        JsonNode end = backend.mixCalls().get(1).body().path("interface").path("para");
        assertEquals(1, end.path("input_stream_list").size(), "only the primary's layer ends the mix");
        bob.await("publish SOLO");
        bob.await("stop alice");
    }

    @Test
    void aRejectionAndAnUnansweredRequestReachTheRequesterAndTheOwner() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog carol = new MediaLog();
        CoanchorSession owner = join("alice", "alice", alice);
        CoanchorSession requester = join("carol", "alice", carol);

        requester.requestLink();
        alice.await("LINK request_received carol");
        owner.reject("carol", "the show is full tonight");
        assertEquals("LINK rejected alice rejected: the show is full tonight", carol.await("LINK rejected"));

        requester.requestLink();
        alice.await("LINK request_received carol");
        alice.await("LINK timeout carol");
        carol.await("LINK timeout carol");
        assertFalse(alice.all().stream().anyMatch(entry -> entry.startsWith("play ")), alice.all().toString());
        assertFalse(carol.all().stream().anyMatch(entry -> entry.startsWith("publish ")), carol.all().toString());
    }

    @Test
    void aKickedCoAnchorReturnsToItsOwnPresetAndStopsPlayingTheOwner() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog bob = new MediaLog();
        CoanchorSession owner = join("alice", "alice", alice);
        owner.answerAutomatically(Answer.ACCEPT);
        join("bob", "alice", bob).requestLink();
        bob.await("publish SUB");
        bob.await("play alice");
        alice.await("play bob");

        owner.kick("bob", "time is up");
        assertEquals("LINK kicked alice time is up", bob.await("LINK kicked"));
        bob.await("publish SOLO");
        bob.await("stop alice");
        alice.await("publish SOLO");
        alice.await("stop bob");
    }

    @Test
    void twoOwnersInAPkPlayEachOtherAndTheAskingOneMixesTheCanvas() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog dave = new MediaLog();
        CoanchorSession first = join("alice", "alice", alice);
        CoanchorSession second = join("dave", "dave", dave);
        second.answerAutomatically(Answer.ACCEPT);

        first.startPk("dave");
        dave.await("LINK pk_request_received alice");
        alice.await("LINK pk_started dave");
        alice.await("publish MAIN");
        alice.await("play dave " + RTMP + "/live/dave?");
        dave.await("publish MAIN");
        dave.await("play alice " + RTMP + "/live/alice?");

        first.pushBegan();
        alice.firstPictureOf("dave");
        alice.await("LINK mix - pk:dave code=0");
        JsonNode inputs = backend.mixCalls().get(0).body().path("interface").path("para")
                .path("input_stream_list");
        assertEquals(3, inputs.size());
        assertEquals(3, inputs.get(0).path("layout_params").path("input_type").asInt(), "layer 1 is the canvas");
        assertEquals("dave", inputs.get(2).path("input_stream_id").asText());

        first.stopPk();
        alice.await("publish SOLO");
        dave.await("LINK pk_ended alice");
        dave.await("publish SOLO");
    }

    @Test
    void anOwnerAnswersAPkByHandAndSeesTheRoomWithItsOpponent() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog dave = new MediaLog();
        CoanchorSession first = join("alice", "alice", alice);
        List<LinkEvent> daveSees = new CopyOnWriteArrayList<>();
        BackendAccount daveAccount = backend.login("dave");
        CoanchorSession second = new CoanchorSession(daveAccount, "dave", dave, mixFor(daveAccount), event -> {
            daveSees.add(event);
            dave.event(event);
        }, Clock.systemUTC());
        sessions.add(second);
        second.start();

        first.startPk("dave");
        dave.await("LINK pk_request_received alice");
        second.rejectPk("alice", "not tonight");
        assertEquals("LINK rejected dave PK rejected: not tonight", alice.await("LINK rejected"));

        first.startPk("dave");
        dave.await("LINK pk_request_received alice");
        second.acceptPk("alice");
        alice.await("LINK pk_started dave");
        dave.await("play alice " + RTMP + "/live/alice?");
        RoomState room = daveSees.stream().map(LinkEvent::room).filter(state -> state != null
                && "alice".equals(state.pkWith())).findFirst().orElseThrow();
        assertEquals("dave", room.owner(), "a room change carries the room as the hub described it");
    }

    @Test
    void whenTheOwnerLeavesItsCoAnchorIsUnlinked() throws Exception {
        MediaLog alice = new MediaLog();
        MediaLog bob = new MediaLog();
        CoanchorSession owner = join("alice", "alice", alice);
        owner.answerAutomatically(Answer.ACCEPT);
        join("bob", "alice", bob).requestLink();
        bob.await("play alice");

        owner.close();
        bob.await("publish SOLO");
        bob.await("stop alice");
        assertTrue(bob.all().stream().anyMatch(entry -> entry.startsWith("LINK room_closed alice")), bob.all()
                .toString());
    }

    @Test
    void joiningARoomNobodyOpenedSaysSo() throws Exception {
        BackendAccount bob = backend.login("bob");
        CoanchorSession session = new CoanchorSession(bob, "carol", new MediaLog(), mixFor(bob), event -> { },
                Clock.systemUTC());
        BackendException refused = assertThrows(BackendException.class, session::start);
        assertTrue(refused.getMessage().startsWith("could not join room carol: "), refused.getMessage());
        session.close();
    }

    @Test
    void aWrongPasswordOrAnAbsentBackendIsExplainedWithoutThePassword() throws Exception {
        BackendException wrong = assertThrows(BackendException.class,
                () -> BackendAccount.login(backend.uri(), "bob", "not-bobs-password"));
        assertTrue(wrong.getMessage().startsWith("could not log in as bob: "), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("not-bobs-password"));

        BackendException absent = assertThrows(BackendException.class,
                () -> BackendAccount.login(URI.create("http://127.0.0.1:9"), "bob", "secret-pw"));
        assertTrue(absent.getMessage().contains("cannot reach the backend"), absent.getMessage());
        assertFalse(absent.getMessage().contains("secret-pw"));
    }

    private CoanchorSession join(String anchor, String room, MediaLog log) throws BackendException {
        BackendAccount account = backend.login(anchor);
        tokens.add(account.signalingUri().getQuery().substring("token=".length()));
        CoanchorSession session = new CoanchorSession(account, room, log, mixFor(account), log::event,
                Clock.systemUTC());
        sessions.add(session);
        session.start();
        return session;
    }

    private static MixControl mixFor(BackendAccount account) {
        return new BackendMix(account, CoanchorBackend.APP_ID, () -> new PictureSize(540, 960));
    }

    private static void assertSigned(URI uri) throws Exception {
        Matcher t = Pattern.compile("[?&]t=(\\d+)").matcher(uri.getRawQuery());
        Matcher sign = Pattern.compile("[?&]sign=([0-9a-f]{32})").matcher(uri.getRawQuery());
        assertTrue(t.find() && sign.find(), uri.toString());
        byte[] digest = MessageDigest.getInstance("MD5")
                .digest((CoanchorBackend.API_KEY + t.group(1)).getBytes(StandardCharsets.UTF_8));
        assertEquals(String.format("%032x", new BigInteger(1, digest)), sign.group(1));
    }
}
