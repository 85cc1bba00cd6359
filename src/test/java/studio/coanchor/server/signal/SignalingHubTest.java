package studio.coanchor.server.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import studio.coanchor.linkmic.Answer;
import studio.coanchor.linkmic.LinkMicMessage;
import studio.coanchor.linkmic.PkMessage;
import studio.coanchor.linkmic.RoomCommand;
import studio.coanchor.linkmic.RoomState;
import studio.coanchor.linkmic.SignalError;
import studio.coanchor.linkmic.SignalErrorCode;
import studio.coanchor.linkmic.SignalMessage;
import studio.coanchor.server.RoomView;
import studio.coanchor.server.TokenCheck;

/** The signaling hub on a real Javalin server, with real WebSocket clients for the anchors. */
class SignalingHubTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofMillis(700);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final String TOKEN_PREFIX = "tok-9f2c-";
    private static final Map<String, String> TOKENS = Set.of("alice", "bob", "carol", "dave", "erin", "frank")
            .stream().collect(Collectors.toMap(user -> TOKEN_PREFIX + user, user -> user));
    private static final TokenCheck TOKEN_CHECK = token -> Optional.ofNullable(TOKENS.get(token));
    private static final String ALICE_URL = "rtmp://play.example.com/live/alice?txSecret=5ec4e7a11ce&txTime=6553F100";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<SignalClient> clients = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private SignalingHub hub;
    private Javalin app;

    @BeforeEach
    void startServer() {
        log.start();
        rootLogger().addAppender(log);
        hub = new SignalingHub(Clock.systemUTC(), SignalingRules.DEFAULT.withAnswerTimeout(ANSWER_TIMEOUT));
        app = startApp(hub);
    }

    @AfterEach
    void stopServerAndCheckTheLog() {
        clients.forEach(SignalClient::close);
        app.stop();
        rootLogger().detachAppender(log);
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertFalse(lines.isEmpty(), "the hub logs its events");
        for (String line : lines) {
            assertFalse(line.contains(TOKEN_PREFIX) || line.contains("txSecret") || line.contains("5ec4e7a11ce"),
                    "a log line carries a secret: " + line);
        }
    }

    @Test
    void threeCoAnchorsLinkOneByOneAndAFourthIsRefused() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        SignalClient carol = member("carol", "alice");
        SignalClient dave = member("dave", "alice");
        SignalClient erin = member("erin", "alice");

        for (SignalClient coAnchor : List.of(bob, carol, dave)) {
            coAnchor.send(LinkMicMessage.request("alice", "Anchor " + coAnchor.userId(), now()));
            LinkMicMessage request = alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));
            assertEquals(coAnchor.userId(), request.userId(), "the hub names the verified sender");
            assertEquals("Anchor " + coAnchor.userId(), request.userName());
            alice.send(LinkMicMessage.accept("alice", coAnchor.userId(), now()));
            LinkMicMessage response = coAnchor.await(LinkMicMessage.class, is(LinkMicMessage.Type.RESPONSE));
            assertEquals(Answer.ACCEPT, response.result());
            assertEquals("alice", response.userId());
            assertEquals(coAnchor.userId(), response.targetId());
        }
        for (SignalClient anyone : List.of(alice, bob, carol, dave, erin)) {
            anyone.await(RoomState.class, state -> state.coAnchors().equals(List.of("bob", "carol", "dave")));
        }
        erin.send(LinkMicMessage.request("alice", "Erin", now()));

        SignalError refused = erin.awaitError(SignalErrorCode.ROOM_FULL);
        assertEquals("linkmic", refused.refusedCmd());
        assertEquals("request", refused.refusedType());
        assertTrue(refused.message().contains("3 co-anchors"), refused.message());
        alice.assertNone(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST), QUIET);
        assertEquals(Set.of("bob", "carol", "dave"), hub.linkedWith("alice"));
        assertEquals(Set.of("alice", "carol", "dave"), hub.linkedWith("bob"));
        assertEquals(Set.of(), hub.linkedWith("erin"));
        assertEquals(List.of(new RoomView("alice", "alice", List.of("bob", "carol", "dave", "erin"),
                List.of("bob", "carol", "dave"), List.of())), hub.rooms());
    }

    @Test
    void anUnansweredRequestTimesOutOnBothSides() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        long sent = System.nanoTime();
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));

        LinkMicMessage atBob = bob.await(LinkMicMessage.class, is(LinkMicMessage.Type.TIMEOUT));
        LinkMicMessage atAlice = alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.TIMEOUT));

        assertTrue(Duration.ofNanos(System.nanoTime() - sent).compareTo(ANSWER_TIMEOUT) >= 0, "not before its time");
        for (LinkMicMessage timeout : List.of(atBob, atAlice)) {
            assertEquals("alice", timeout.roomId());
            assertEquals("bob", timeout.userId(), "a timeout names the requester");
            assertTrue(timeout.reason().contains("alice did not answer within 700 ms"), timeout.reason());
        }
        assertEquals("bob", atBob.targetId());
        assertEquals("alice", atAlice.targetId());
        alice.send(LinkMicMessage.accept("alice", "bob", now()));
        alice.awaitError(SignalErrorCode.NO_PENDING_REQUEST);
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));
    }

    @Test
    void aRoomTakesOneRequestAtATime() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        SignalClient carol = member("carol", "alice");
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));

        carol.send(LinkMicMessage.request("alice", "Carol", now()));
        bob.send(LinkMicMessage.request("alice", "Bob", now()));

        assertTrue(carol.awaitError(SignalErrorCode.REQUEST_PENDING).message().contains("one request at a time"));
        assertTrue(bob.awaitError(SignalErrorCode.REQUEST_PENDING).message().contains("your request"));
        alice.send(LinkMicMessage.reject("alice", "bob", "not today", now()));
        LinkMicMessage rejected = bob.await(LinkMicMessage.class, is(LinkMicMessage.Type.RESPONSE));
        assertEquals(Answer.REJECT, rejected.result());
        assertEquals("not today", rejected.reason());
        carol.send(LinkMicMessage.request("alice", "Carol", now()));
        assertEquals("carol", alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST)).userId());
    }

    @Test
    void theOwnerKicksACoAnchorOut() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        SignalClient carol = member("carol", "alice");
        link(alice, bob);

        carol.send(LinkMicMessage.kickout("alice", "bob", "mine now", now()));
        alice.send(LinkMicMessage.kickout("alice", "bob", "time is up", now()));

        assertEquals("only alice, the owner of room alice, kicks co-anchors out",
                carol.awaitError(SignalErrorCode.NOT_OWNER).message());
        LinkMicMessage kickout = bob.await(LinkMicMessage.class, is(LinkMicMessage.Type.KICKOUT));
        assertEquals("alice", kickout.userId());
        assertEquals("time is up", kickout.reason());
        bob.await(RoomState.class, state -> state.coAnchors().isEmpty() && state.members().contains("bob"));
        assertEquals(Set.of(), hub.linkedWith("bob"));
        alice.send(LinkMicMessage.kickout("alice", "bob", null, now()));
        alice.awaitError(SignalErrorCode.NOT_LINKED);
    }

    @Test
    void aCoAnchorQuitsAndTheOwnerIsTold() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        link(alice, bob);

        bob.send(LinkMicMessage.quit("alice", now()));

        LinkMicMessage ended = alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.ENDED));
        assertEquals("bob", ended.userId());
        assertEquals("bob ended the link", ended.reason());
        assertEquals(Set.of(), hub.linkedWith("alice"));
    }

    @Test
    void aPkIsRefusedWhileLinkedAndLinkMicWhileInAPk() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient frank = owner("frank");
        SignalClient bob = member("bob", "alice");
        link(alice, bob);

        alice.send(PkMessage.start("alice", "frank", ALICE_URL, now()));
        frank.send(PkMessage.start("frank", "alice", null, now()));

        assertEquals("pk", alice.awaitError(SignalErrorCode.LINKED).refusedCmd());
        frank.awaitError(SignalErrorCode.LINKED);
        frank.assertNone(PkMessage.class, message -> true, QUIET);

        alice.send(LinkMicMessage.kickout("alice", "bob", null, now()));
        alice.send(PkMessage.start("alice", "frank", ALICE_URL, now()));
        PkMessage request = frank.await(PkMessage.class, message -> message.type() == PkMessage.Type.REQUEST);
        assertEquals(PkMessage.Action.START, request.action());
        assertEquals("alice", request.userId());
        assertEquals(ALICE_URL, request.accelerateUrl());
        frank.send(PkMessage.accept("frank", "alice", "rtmp://play.example.com/live/frank", now()));
        PkMessage accepted = alice.await(PkMessage.class, message -> message.type() == PkMessage.Type.RESPONSE);
        assertEquals(Answer.ACCEPT, accepted.result());
        assertEquals("frank", accepted.userId());
        alice.await(RoomState.class, state -> "frank".equals(state.pkWith()));
        frank.await(RoomState.class, state -> "alice".equals(state.pkWith()));
        assertEquals(Set.of("frank"), hub.linkedWith("alice"));
        assertEquals(Set.of("alice"), hub.linkedWith("frank"));
        assertTrue(hub.rooms().contains(new RoomView("frank", "frank", List.of(), List.of(),
                List.of(List.of("frank", "alice")))), hub.rooms().toString());

        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        assertTrue(bob.awaitError(SignalErrorCode.IN_PK).message().contains("in a PK with frank"));

        alice.send(PkMessage.stop("alice", "frank", now()));
        PkMessage stop = frank.await(PkMessage.class, message -> message.action() == PkMessage.Action.STOP);
        assertEquals("alice", stop.userId());
        frank.await(RoomState.class, state -> state.pkWith() == null);
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));
    }

    @Test
    void anUnansweredPkRequestTimesOutForBothOwners() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient frank = owner("frank");

        alice.send(PkMessage.start("alice", "frank", null, now()));

        for (SignalClient side : List.of(alice, frank)) {
            PkMessage timeout = side.await(PkMessage.class, message -> message.type() == PkMessage.Type.TIMEOUT);
            assertEquals("alice", timeout.userId());
            assertEquals(side.userId(), timeout.targetId());
        }
        assertEquals(List.of(), hub.rooms().stream().flatMap(room -> room.pkPairs().stream()).toList());
    }

    @Test
    void anAcceptFromSomeoneOtherThanTheOwnerIsRefused() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        SignalClient carol = member("carol", "alice");
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));

        carol.send(LinkMicMessage.accept("alice", "bob", now()));

        SignalError refused = carol.awaitError(SignalErrorCode.NOT_OWNER);
        assertEquals("response", refused.refusedType());
        bob.assertNone(LinkMicMessage.class, is(LinkMicMessage.Type.RESPONSE), QUIET);
        assertEquals(Set.of(), hub.linkedWith("bob"));
        alice.send(LinkMicMessage.accept("alice", "bob", now()));
        assertEquals(Answer.ACCEPT, bob.await(LinkMicMessage.class, is(LinkMicMessage.Type.RESPONSE)).result());
    }

    @Test
    void aMalformedMessageGetsAnErrorAndTheConnectionStays() throws Exception {
        SignalClient bob = connect("bob");

        bob.sendText("{\"cmd\":\"room\",");
        bob.sendText("{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomId\":\"bob\"}}");
        bob.sendText("{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"" + "b".repeat(5000) + "\"}}");
        bob.sendBinary("{}".getBytes(StandardCharsets.UTF_8));
        bob.send(RoomState.left("bob", now()));
        bob.send(new LinkMicMessage(LinkMicMessage.Type.QUIT, "alice", "alice", null, null, null, null, now()));

        assertTrue(bob.awaitError(SignalErrorCode.BAD_JSON).message().startsWith("not valid JSON at line 1"));
        SignalError misspelt = bob.awaitError(SignalErrorCode.BAD_MESSAGE);
        assertTrue(misspelt.message().contains("unknown field 'roomId' in room join"), misspelt.message());
        bob.awaitError(SignalErrorCode.FRAME_TOO_LARGE);
        assertTrue(bob.awaitError(SignalErrorCode.BAD_MESSAGE).message().contains("binary frames"));
        bob.awaitError(SignalErrorCode.SERVER_ONLY);
        assertTrue(bob.awaitError(SignalErrorCode.USER_MISMATCH).message().contains("userID alice"));
        bob.send(RoomCommand.join("bob"));
        bob.await(RoomState.class, state -> state.type() == RoomState.Type.JOINED);
        assertTrue(bob.isOpen());
    }

    @Test
    void aFrameTooBigToAnswerClosesTheConnection() throws Exception {
        SignalClient bob = connect("bob");

        bob.sendText("{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"" + "b".repeat(20_000) + "\"}}");

        assertEquals(1009, bob.awaitClosed().code());
    }

    @Test
    void aStaleCommandIsDroppedAndAFreshOneGoesThrough() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");

        bob.send(LinkMicMessage.request("alice", "Bob", now() - 11_000));
        bob.send(LinkMicMessage.request("alice", "Bob", now() + 11_000));

        SignalError stale = bob.awaitError(SignalErrorCode.STALE);
        assertTrue(stale.message().contains("older than 10000 ms"), stale.message());
        assertTrue(bob.awaitError(SignalErrorCode.CLOCK_SKEW).message().contains("in the future"));
        alice.assertNone(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST), QUIET);
        bob.send(LinkMicMessage.request("alice", "Bob", now() - 9_000));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));
    }

    @Test
    void aDisconnectEndsItsLinksAndTellsTheOthers() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        SignalClient carol = member("carol", "alice");
        SignalClient dave = member("dave", "alice");
        link(alice, bob);
        link(alice, carol);
        dave.send(LinkMicMessage.request("alice", "Dave", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));

        bob.abort();
        dave.abort();

        assertEquals("bob disconnected", alice.await(LinkMicMessage.class, endedBy("bob")).reason());
        assertEquals("dave disconnected", alice.await(LinkMicMessage.class, endedBy("dave")).reason());
        carol.await(RoomState.class, state -> state.members().equals(List.of("carol"))
                && state.coAnchors().equals(List.of("carol")));
        assertEquals(Set.of("carol"), hub.linkedWith("alice"));

        alice.abort();

        assertEquals("alice disconnected", carol.await(LinkMicMessage.class, endedBy("alice")).reason());
        RoomState closed = carol.await(RoomState.class, state -> state.type() == RoomState.Type.CLOSED);
        assertEquals("alice disconnected", closed.reason());
        assertEquals(List.of(), hub.rooms());
        assertEquals(Set.of(), hub.linkedWith("carol"));
    }

    @Test
    void anOwnerLeavingClosesTheRoomAndEndsItsPk() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient frank = owner("frank");
        SignalClient bob = member("bob", "alice");
        alice.send(PkMessage.start("alice", "frank", null, now()));
        frank.await(PkMessage.class, message -> message.type() == PkMessage.Type.REQUEST);
        frank.send(PkMessage.accept("frank", "alice", null, now()));
        alice.await(PkMessage.class, message -> message.type() == PkMessage.Type.RESPONSE);

        alice.send(RoomCommand.leave("alice"));

        alice.await(RoomState.class, state -> state.type() == RoomState.Type.LEFT);
        PkMessage ended = frank.await(PkMessage.class, message -> message.type() == PkMessage.Type.ENDED);
        assertEquals("alice left room alice", ended.reason());
        frank.await(RoomState.class, state -> state.type() == RoomState.Type.MEMBERS && state.pkWith() == null);
        bob.await(RoomState.class, state -> state.type() == RoomState.Type.CLOSED);
        assertEquals(List.of("frank"), hub.rooms().stream().map(RoomView::roomId).toList());
        bob.send(RoomCommand.join("frank"));
        bob.await(RoomState.class, state -> state.type() == RoomState.Type.JOINED && state.roomId().equals("frank"));
    }

    @Test
    void aFloodIsRateLimitedAndTheConnectionStays() throws Exception {
        SignalClient bob = connect("bob");
        long start = System.nanoTime();

        for (int i = 0; i < 100; i++) {
            bob.send(RoomCommand.join("nowhere"));
        }

        bob.awaitError(SignalErrorCode.RATE_LIMITED);
        Thread.sleep(QUIET.toMillis());
        List<SignalMessage> answers = bob.drain();
        assertEquals(0, answers.stream().filter(error(SignalErrorCode.RATE_LIMITED)).count(), "one warning a flood");
        double seconds = (System.nanoTime() - start) / 1e9;
        long handled = answers.stream().filter(error(SignalErrorCode.NO_SUCH_ROOM)).count();
        assertTrue(handled >= 40 && handled <= 41 + 20 * seconds,
                "a burst of 40 and 20 a second go through; " + handled + " did in " + seconds + " s");
        Thread.sleep(100);
        bob.send(RoomCommand.join("bob"));
        bob.await(RoomState.class, state -> state.type() == RoomState.Type.JOINED);
    }

    @Test
    void aFloodThatGoesOnClosesTheConnection() throws Exception {
        SignalClient bob = connect("bob");
        String frame = "{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"nowhere\"}}";

        for (int i = 0; i < 300 && bob.isOpen(); i++) {
            try {
                bob.sendText(frame);
            } catch (Exception closedMeanwhile) {
                break;
            }
        }

        SignalClient.Closed closed = bob.awaitClosed();
        assertEquals(1008, closed.code());
        assertEquals("too many messages for too long", closed.reason());
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        SignalClient stranger = SignalClient.connect(http, uri("?token=tok-guess"), "stranger");
        SignalClient anonymous = SignalClient.connect(http, uri(""), "anonymous");

        SignalClient.Closed wrong = stranger.awaitClosed();
        SignalClient.Closed missing = anonymous.awaitClosed();

        assertEquals(1008, wrong.code());
        assertEquals("the token is unknown or expired; log in again for a new one", wrong.reason());
        assertEquals(1008, missing.code());
        assertTrue(missing.reason().startsWith("a token is required"), missing.reason());
    }

    @Test
    void signingInAgainReplacesTheEarlierConnection() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        link(alice, bob);

        SignalClient bobAgain = connect("bob");

        assertEquals(new SignalClient.Closed(1000, "signed in again from another connection"), bob.awaitClosed());
        assertEquals("bob signed in again", alice.await(LinkMicMessage.class, endedBy("bob")).reason());
        bobAgain.send(RoomCommand.join("alice"));
        bobAgain.await(RoomState.class, state -> state.type() == RoomState.Type.JOINED);
        assertEquals(List.of("bob"), hub.rooms().get(0).members());
    }

    @Test
    void theHubStopsWithItsServerAndStartsAgainWithTheNext() throws Exception {
        SignalClient alice = owner("alice");
        SignalClient bob = member("bob", "alice");
        bob.send(LinkMicMessage.request("alice", "Bob", now()));
        alice.await(LinkMicMessage.class, is(LinkMicMessage.Type.REQUEST));
        assertTrue(timerThreadRuns());

        app.stop();

        long deadline = System.nanoTime() + SignalClient.WAIT.toNanos();
        while (timerThreadRuns() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(timerThreadRuns(), "the timer thread ends with the server");
        assertEquals(List.of(), hub.rooms());
        app = startApp(hub);
        SignalClient aliceAgain = owner("alice");
        SignalClient bobAgain = member("bob", "alice");
        bobAgain.send(LinkMicMessage.request("alice", "Bob", now()));
        aliceAgain.await(LinkMicMessage.class, is(LinkMicMessage.Type.TIMEOUT));
    }

    @Test
    void aQuietConnectionIsKeptOpenByPings() throws Exception {
        app.stop();
        hub = new SignalingHub(Clock.systemUTC(),
                SignalingRules.DEFAULT.withKeepAlive(Duration.ofMillis(100), Duration.ofMillis(400)));
        app = startApp(hub);
        SignalClient alice = owner("alice");

        Thread.sleep(1200);

        assertTrue(alice.pings() >= 5, "pinged " + alice.pings() + " times");
        assertTrue(alice.isOpen(), "closed: " + alice.closedSoFar());
        alice.send(RoomCommand.leave("alice"));
        alice.await(RoomState.class, state -> state.type() == RoomState.Type.LEFT);
    }

    private static Javalin startApp(SignalingHub hub) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            hub.install(config, TOKEN_CHECK);
        }).start("127.0.0.1", 0);
    }

    private SignalClient connect(String user) throws Exception {
        SignalClient client = SignalClient.connect(http, uri("?token=" + TOKEN_PREFIX + user), user);
        clients.add(client);
        return client;
    }

    private SignalClient owner(String user) throws Exception {
        return member(user, user);
    }

    private SignalClient member(String user, String roomId) throws Exception {
        SignalClient client = connect(user);
        client.send(RoomCommand.join(roomId));
        client.await(RoomState.class, state -> state.type() == RoomState.Type.JOINED);
        return client;
    }

    private static void link(SignalClient owner, SignalClient member) throws Exception {
        member.send(LinkMicMessage.request(owner.userId(), member.userId(), now()));
        owner.await(LinkMicMessage.class, message -> message.type() == LinkMicMessage.Type.REQUEST
                && message.userId().equals(member.userId()));
        owner.send(LinkMicMessage.accept(owner.userId(), member.userId(), now()));
        member.await(LinkMicMessage.class, is(LinkMicMessage.Type.RESPONSE));
    }

    private URI uri(String query) {
        return URI.create("ws://127.0.0.1:" + app.port() + SignalingHub.PATH + query);
    }

    private static Predicate<LinkMicMessage> is(LinkMicMessage.Type type) {
        return message -> message.type() == type;
    }

    private static Predicate<LinkMicMessage> endedBy(String userId) {
        return message -> message.type() == LinkMicMessage.Type.ENDED && message.userId().equals(userId);
    }

    private static Predicate<SignalMessage> error(SignalErrorCode code) {
        return message -> message instanceof SignalError error && error.code() == code;
    }

    private static boolean timerThreadRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("signal-timer") && thread.isAlive());
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
