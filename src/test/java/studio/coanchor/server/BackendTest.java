package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.coanchor.tencent.HotlinkSigner;
import studio.coanchor.tencent.TxTime;

/** The HTTP API over real HTTP: health, login, tokens, signed URLs, rooms, refusals, and the server's lifecycle. */
class BackendTest {
    private final TestBackend running = TestBackend.start("http://127.0.0.1:9/common_access", MixRetry.TENCENT);
    private final ApiClient client = running.client;

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void healthNeedsNoLogin() {
        Reply reply = client.get("/api/health", null);

        assertEquals(200, reply.status());
        assertEquals("ok", reply.json().get("status").asText());
    }

    @Test
    void loginGivesARandomOpaqueTokenWithItsExpiry() {
        Reply first = client.post("/api/login", "{\"userId\":\"alice\",\"password\":\"alice-Passw0rd-7Q\"}", null);
        Reply second = client.post("/api/login", "{\"userId\":\"alice\",\"password\":\"alice-Passw0rd-7Q\"}", null);

        assertEquals(200, first.status(), first.body());
        String token = first.json().get("token").asText();
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, second.json().get("token").asText());
        assertEquals("alice", first.json().get("userId").asText());
        assertEquals(TestBackend.START.plus(BackendConfig.DEFAULT_TOKEN_LIFETIME).toString(),
                first.json().get("expiresAt").asText());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameRefusal() {
        Reply wrong = client.post("/api/login", "{\"userId\":\"alice\",\"password\":\"guess\"}", null);
        Reply unknown = client.post("/api/login", "{\"userId\":\"mallory\",\"password\":\"guess\"}", null);

        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("wrong user ID or password", wrong.error());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void repeatedGuessesAreRateLimitedPerUser() {
        for (int i = 0; i < LoginThrottle.MAX_ATTEMPTS; i++) {
            assertEquals(401, client.post("/api/login", "{\"userId\":\"bob\",\"password\":\"guess" + i + "\"}", null)
                    .status());
        }

        Reply limited = client.post("/api/login", "{\"userId\":\"bob\",\"password\":\"bob-Passw0rd-3Z\"}", null);
        assertEquals(429, limited.status());
        assertEquals("too many failed logins for 'bob'; try again in 300 s", limited.error());
        assertEquals("300", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, client.post("/api/login", "{\"userId\":\"alice\",\"password\":\"alice-Passw0rd-7Q\"}",
                null).status(), "another user is not limited");

        running.clock.advance(LoginThrottle.WINDOW);
        assertEquals(200, client.post("/api/login", "{\"userId\":\"bob\",\"password\":\"bob-Passw0rd-3Z\"}", null)
                .status(), "the window has passed");
    }

    @Test
    void tokensExpire() {
        String token = running.login("alice");
        assertEquals(200, client.get("/api/rooms", token).status());

        running.clock.advance(BackendConfig.DEFAULT_TOKEN_LIFETIME);

        Reply expired = client.get("/api/rooms", token);
        assertEquals(401, expired.status());
        assertEquals("the token is unknown or has expired; log in again", expired.error());
    }

    @Test
    void endpointsBehindLoginRefuseAMissingOrForgedToken() {
        for (Reply reply : List.of(client.post("/api/urls", "", null), client.post("/api/mix", "{}", null),
                client.get("/api/rooms", null), client.get("/api/streams", null))) {
            assertEquals(401, reply.status(), reply.body());
            assertTrue(reply.error().startsWith("log in first"), reply.body());
            assertEquals("Bearer", reply.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
        assertEquals(401, client.get("/api/rooms", "forged-token").status());
    }

    @Test
    void anAnchorGetsAPushUrlForItsOwnStreamAndAccUrlsOfItsCoAnchors() {
        running.rooms.link("alice", "bob").link("alice", "carol");
        TxTime txTime = TxTime.at(TestBackend.START.plus(Duration.ofHours(24)));
        String pushSecret = new HotlinkSigner(TestBackend.PUSH_KEY).txSecret("bob", txTime);
        HotlinkSigner play = new HotlinkSigner(TestBackend.PLAY_KEY);

        Reply reply = client.post("/api/urls", "", running.login("bob"));

        assertEquals(200, reply.status(), reply.body());
        JsonNode urls = reply.json();
        assertEquals("bob", urls.get("streamId").asText());
        assertEquals(txTime.hex(), urls.get("txTime").asText());
        assertEquals("rtmp://8888.livepush.myqcloud.com/live/bob?txSecret=" + pushSecret + "&txTime=" + txTime.hex(),
                urls.get("push").asText());
        String ownPlay = "txSecret=" + play.txSecret("bob", txTime) + "&txTime=" + txTime.hex();
        assertEquals("rtmp://127.0.0.1:1935/live/bob?" + ownPlay, urls.at("/play/rtmp").asText());
        assertEquals("http://127.0.0.1/live/bob.flv?" + ownPlay, urls.at("/play/flv").asText());
        assertEquals("http://127.0.0.1/live/bob.m3u8?" + ownPlay, urls.at("/play/hls").asText());
        assertEquals("rtmp://127.0.0.1:1935/live/bob?bizid=8888&" + ownPlay, urls.at("/play/acc").asText());
        assertEquals(1, urls.get("linked").size(), "bob is linked with alice only, not with carol");
        assertEquals("alice", urls.at("/linked/0/userId").asText());
        assertEquals("rtmp://127.0.0.1:1935/live/alice?bizid=8888&txSecret=" + play.txSecret("alice", txTime)
                + "&txTime=" + txTime.hex(), urls.at("/linked/0/acc").asText());
        assertEquals(1, reply.body().split("livepush").length - 1, "one push URL, the caller's own");
    }

    @Test
    void theOwnerSeesEveryLinkedStreamUnderItsStreamId() {
        running.rooms.link("alice", "bob").link("alice", "carol");

        JsonNode linked = client.post("/api/urls", "{}", running.login("alice")).json().get("linked");

        assertEquals(List.of("bob", "carol_cam"), List.of(linked.get(0).get("streamId").asText(),
                linked.get(1).get("streamId").asText()));
        assertTrue(linked.get(1).get("acc").asText().startsWith("rtmp://127.0.0.1:1935/live/carol_cam?bizid=8888&"));
    }

    @Test
    void recordingIsAskedOnThePushUrl() {
        Reply reply = client.post("/api/urls", "{\"record\":\"mp4|hls\",\"recordInterval\":3600}",
                running.login("carol"));

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().get("push").asText().endsWith("&record=mp4%7Chls&record_interval=3600"),
                reply.body());
        assertTrue(reply.json().get("push").asText().startsWith("rtmp://8888.livepush.myqcloud.com/live/carol_cam?"));
    }

    @Test
    void badRequestsAreRefusedWithTheProblemNamed() {
        String token = running.login("alice");
        Map<String, String> refusals = Map.of(
                "{\"record\":\"avi\"}", "record format 'avi' is not one of mp4, hls, flv",
                "{\"record\":\"hls\",\"recordInterval\":1800}",
                "a record interval applies to mp4 and flv recordings only; drop it or record mp4 or flv as well",
                "{\"recordInterval\":\"long\"}", "recordInterval must be a whole number from 0 to 2147483647",
                "{\"stream\":\"bob\"}", "unknown key 'stream'; known keys: record, recordAudioOnly, recordInterval",
                "{\"record\":\"mp4\",", "the request body is not valid JSON at line 1, column 17",
                "[1,2]", "the request body must be a JSON object",
                "{\"record\":\"mp4\",\"record\":\"flv\"}", "the request body has the key 'record' twice");
        refusals.forEach((body, error) -> {
            Reply reply = client.post("/api/urls", body, token);
            assertEquals(400, reply.status(), body);
            assertEquals(error, reply.error(), body);
        });
    }

    @Test
    void loginBodiesAreCheckedAndNeverEchoed() {
        Map<String, String> refusals = Map.of(
                "{\"userId\":\"alice\"}", "password is missing; it must be a string",
                "{\"userId\":\"a l\",\"password\":\"p\"}", "userId must be 1 to 64 letters, digits, '_' or '-'",
                "{\"userId\":\"alice\",\"password\":42}", "password must be a string",
                "{\"userId\":\"alice\",\"password\":\"hunter2\",\"admin\":true}",
                "unknown key 'admin'; known keys: password, userId",
                "{\"userId\":\"alice\",\"password\":hunter2}", "the request body is not valid JSON at line 1, column 38");
        refusals.forEach((body, error) -> {
            Reply reply = client.post("/api/login", body, null);
            assertEquals(400, reply.status(), body);
            assertEquals(error, reply.error(), body);
            assertFalse(reply.body().contains("hunter2"));
        });
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        String huge = "{\"userId\":\"" + "a".repeat(RequestBody.MAX_BYTES) + "\"}";

        Reply reply = client.post("/api/login", huge, null);

        assertEquals(413, reply.status());
        assertEquals("the request body is larger than 16384 bytes", reply.error());
    }

    @Test
    void unknownEndpointsAndMethodsAnswerInJson() {
        assertEquals("no such endpoint: GET /api/nothing", client.get("/api/nothing", null).error());
        Reply wrongMethod = client.get("/api/login", null);
        assertEquals(405, wrongMethod.status());
        assertEquals("/api/login does not take GET", wrongMethod.error());
    }

    @Test
    void roomsComeFromTheDirectory() {
        running.rooms.link("alice", "bob");

        JsonNode rooms = client.get("/api/rooms", running.login("carol")).json().get("rooms");

        assertEquals(1, rooms.size());
        assertEquals("alice", rooms.at("/0/roomId").asText());
        assertEquals("alice", rooms.at("/0/owner").asText());
        assertEquals("[\"alice\",\"bob\"]", rooms.at("/0/members").toString());
        assertEquals("[\"bob\"]", rooms.at("/0/coAnchors").toString());
        assertEquals("[]", rooms.at("/0/pkPairs").toString());
    }

    @Test
    void startsAgainAfterAStopAndLeavesNoThreadBehind() throws InterruptedException {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        String token = running.login("alice");
        running.close();
        assertThrows(IllegalStateException.class, running.backend::port);

        running.backend.start();
        ApiClient again = new ApiClient(running.backend.port());
        assertEquals(200, again.get("/api/rooms", token).status(), "a token outlives a restart of the same backend");
        assertEquals(200, again.post("/api/urls", "", token).status());
        running.backend.stop();
        running.backend.stop();

        assertEquals(List.of(), threadsLeftBesides(before, Duration.ofSeconds(6)));
    }

    @Test
    void aPortInUseIsReportedAsSuch() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String json = TestBackend.config(null, true).replace("127.0.0.1:0", "127.0.0.1:" + taken.getLocalPort());
            Backend second = new Backend(BackendConfigFile.parse(json.getBytes(StandardCharsets.UTF_8), Map.of()),
                    new FixedRooms(), RouteInstaller.NONE);

            IllegalStateException error = assertThrows(IllegalStateException.class, second::start);

            assertEquals("cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use or not this machine's", error.getMessage());
            assertThrows(IllegalStateException.class, second::port);
        }
    }

    /**
     * Threads started since {@code before} that are still alive after {@code patience}, besides the test's own
     * client's. Jetty's scheduler thread ends just after the server's stop; the JDK 17 HTTP client has no close()
     * and its selector thread ends within 3 s of the client becoming unreachable, so the check lets the collector
     * run while it waits.
     */
    static List<String> threadsLeftBesides(Set<Thread> before, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> left;
        do {
            System.gc();
            Thread.sleep(20);
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive())
                    .map(Thread::getName)
                    .filter(name -> !name.startsWith(ApiClient.THREAD_PREFIX))
                    .sorted().collect(Collectors.toList());
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        return left;
    }
}
