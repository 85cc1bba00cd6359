package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.TimeSignature;
import studio.coanchor.testkit.MixEndpoint;

/** {@code POST /api/mix} relayed to a real HTTP endpoint on loopback that plays Tencent's mix service. */
class MixApiTest {
    private static final MixRetry FAST = new MixRetry(Duration.ofMillis(100), 5);
    private static final String TWO_INPUTS = "{\"input_stream_list\":["
            + "{\"input_stream_id\":\"alice\",\"layout_params\":{\"image_layer\":1}},"
            + "{\"input_stream_id\":\"bob\",\"layout_params\":{\"image_layer\":2,\"image_width\":160,"
            + "\"image_height\":240,\"location_x\":800,\"location_y\":210}}]}";

    private final MixEndpoint endpoint = new MixEndpoint();
    private final TestBackend running = TestBackend.start(endpoint.url(), FAST);
    private final ApiClient client = running.client;

    MixApiTest() throws IOException {
        running.rooms.link("alice", "bob");
    }

    @AfterEach
    void stop() {
        running.close();
        endpoint.close();
    }

    @Test
    void theDefaultRetryIsTencentsEveryTwoSecondsAtMostFiveTimes() {
        assertEquals(new MixRetry(Duration.ofSeconds(2), 5), MixRetry.TENCENT);
    }

    @Test
    void anInputNotFoundYetIsRetriedUntilTheMixStarts() {
        endpoint.answer(-505, -505, 0);

        Reply reply = client.post("/api/mix", TWO_INPUTS, running.login("alice"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, reply.json().get("code").asInt());
        assertEquals("mixing as asked", reply.json().get("message").asText());
        assertEquals(3, reply.json().get("attempts").asInt());
        assertEquals("Success!", reply.json().get("serviceMessage").asText());
        List<MixEndpoint.Call> calls = endpoint.calls();
        assertEquals(3, calls.size());
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(Duration.between(calls.get(i - 1).at(), calls.get(i).at()).compareTo(FAST.interval()) >= 0,
                    "attempts are an interval apart");
        }
    }

    @Test
    void theEndpointReceivesASignedUrlAndTheCompletedRequest() {
        client.post("/api/mix", TWO_INPUTS, running.login("alice"));

        MixEndpoint.Call call = endpoint.calls().get(0);
        assertEquals("POST", call.method());
        CommonAccessQuery query = CommonAccessQuery.parse(call.uri().getRawQuery());
        long t = TestBackend.START.getEpochSecond() + 60;
        assertEquals(new CommonAccessQuery(TestBackend.APP_ID, "Mix_StreamV2", t,
                new TimeSignature(TestBackend.API_KEY).sign(t)), query);
        assertEquals("appid=1234&cmd=1234&interface=Mix_StreamV2&t=" + t + "&sign=" + query.sign(),
                call.uri().getRawQuery());
        assertEquals(TimeSignature.Check.VALID, new TimeSignature(TestBackend.API_KEY)
                .check(query.t(), query.sign(), running.clock.instant()));

        JsonNode body = call.body();
        assertEquals(TestBackend.START.getEpochSecond(), body.get("timestamp").asLong());
        assertEquals(TestBackend.START.getEpochSecond(), body.get("eventId").asLong());
        assertEquals("Mix_StreamV2", body.at("/interface/interfaceName").asText());
        JsonNode para = body.at("/interface/para");
        assertEquals(TestBackend.APP_ID, para.get("app_id").asLong());
        assertEquals("mix_streamv2.start_mix_stream_advanced", para.get("interface").asText());
        assertEquals("alice", para.get("mix_stream_session_id").asText());
        assertEquals("alice", para.get("output_stream_id").asText());
        assertEquals(160, para.at("/input_stream_list/1/layout_params/image_width").asInt());
        assertEquals("bob", para.at("/input_stream_list/1/input_stream_id").asText());
    }

    @Test
    void aWholeRequestIsAcceptedAndItsParaUsed() {
        String whole = "{\"timestamp\":1,\"eventId\":1,\"interface\":{\"interfaceName\":\"Mix_StreamV2\",\"para\":"
                + TWO_INPUTS.replace("{\"input_stream_list\"", "{\"app_id\":1234,\"interface\":"
                + "\"mix_streamv2.start_mix_stream_advanced\",\"mix_stream_session_id\":\"alice\","
                + "\"output_stream_id\":\"alice\",\"output_stream_type\":0,\"input_stream_list\"") + "}}";

        Reply reply = client.post("/api/mix", whole, running.login("alice"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(TestBackend.START.getEpochSecond(), endpoint.calls().get(0).body().get("timestamp").asLong());
        assertEquals(0, endpoint.calls().get(0).body().at("/interface/para/output_stream_type").asInt());
    }

    @Test
    void aLayoutIsMadeIntoTheOwnersStartRequest() {
        String layout = "{\"width\":960,\"height\":540,\"boxes\":["
                + "{\"stream\":\"alice\",\"layer\":1,\"x\":0,\"y\":0,\"width\":960,\"height\":540},"
                + "{\"stream\":\"bob\",\"layer\":2,\"x\":800,\"y\":210,\"width\":160,\"height\":240}]}";

        Reply reply = client.post("/api/mix", layout, running.login("alice"));

        assertEquals(200, reply.status(), reply.body());
        JsonNode para = endpoint.calls().get(0).body().at("/interface/para");
        assertEquals("alice", para.get("mix_stream_session_id").asText());
        assertEquals("bob", para.at("/input_stream_list/1/input_stream_id").asText());
        assertEquals(800, para.at("/input_stream_list/1/layout_params/location_x").asInt());
    }

    @Test
    void aLayoutThatBreaksARuleIsRefusedNamingIt() {
        String layout = "{\"width\":960,\"height\":540,\"boxes\":["
                + "{\"stream\":\"alice\",\"layer\":1,\"x\":0,\"y\":0,\"width\":960,\"height\":540},"
                + "{\"stream\":\"bob\",\"layer\":2,\"x\":900,\"y\":210,\"width\":160,\"height\":240}]}";

        Reply reply = client.post("/api/mix", layout, running.login("alice"));

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.json().get("error").asText().contains("bob"), reply.body());
        assertEquals(List.of(), endpoint.calls());
    }

    @Test
    void aRejectedRequestIsNotRetriedAndItsCodeIsExplained() {
        endpoint.answer(-2);

        Reply reply = client.post("/api/mix", TWO_INPUTS, running.login("alice"));

        assertEquals(200, reply.status());
        assertEquals(-2, reply.json().get("code").asInt());
        assertEquals("an input's picture overflows the background", reply.json().get("message").asText());
        assertEquals(1, endpoint.calls().size());
    }

    @Test
    void retriesStopAfterFiveAndTheLastCodeIsReported() {
        endpoint.answer(-505, -505, -505, -505, -505, -507, 0);

        Reply reply = client.post("/api/mix", TWO_INPUTS, running.login("alice"));

        assertEquals(-507, reply.json().get("code").asInt());
        assertEquals("the background's size is not known yet", reply.json().get("message").asText());
        assertEquals(6, reply.json().get("attempts").asInt());
        assertEquals(6, endpoint.calls().size());
    }

    @Test
    void anUnreachableEndpointIsReportedAfterTheRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        running.close();
        try (TestBackend unreachable = TestBackend.start("http://127.0.0.1:" + closedPort + "/common_access",
                new MixRetry(Duration.ofMillis(10), 2))) {
            Reply reply = unreachable.client.post("/api/mix", TWO_INPUTS.replace("bob", "alice").replace(
                    "\"image_layer\":2", "\"image_layer\":2,\"input_type\":3"), unreachable.login("alice"));

            assertEquals(502, reply.status(), reply.body());
            assertEquals("the mix endpoint 127.0.0.1 could not be reached (ConnectException) (3 attempts)",
                    reply.error());
        }
    }

    @Test
    void onlyTheOwnerMixesItsRoomAndOnlyWithLinkedStreams() {
        String bob = running.login("bob");
        String carol = running.login("carol");

        Reply othersRoom = client.post("/api/mix", TWO_INPUTS.replace("{\"input_stream_list\"",
                "{\"mix_stream_session_id\":\"alice\",\"input_stream_list\""), bob);
        assertEquals(403, othersRoom.status());
        assertEquals("only a room's owner mixes it: mix_stream_session_id must be your own stream 'bob'",
                othersRoom.error());

        Reply notLinked = client.post("/api/mix", TWO_INPUTS.replace("\"alice\"", "\"carol_cam\""), carol);
        assertEquals(403, notLinked.status());
        assertEquals("input_stream_list[1].input_stream_id 'bob' is neither your stream nor the stream of an"
                + " anchor linked with you", notLinked.error());

        Reply othersOutput = client.post("/api/mix", TWO_INPUTS.replace("{\"input_stream_list\"",
                "{\"output_stream_id\":\"carol_cam\",\"input_stream_list\""), running.login("alice"));
        assertEquals(403, othersOutput.status());
        assertEquals("output_stream_id 'carol_cam' is another user's stream", othersOutput.error());

        assertEquals(200, client.post("/api/mix", TWO_INPUTS.replace("\"alice\"", "\"bob\"").replace(
                "\"input_stream_id\":\"bob\",\"layout_params\":{\"image_layer\":2",
                "\"input_stream_id\":\"alice\",\"layout_params\":{\"image_layer\":2"), bob).status(),
                "bob is linked with alice, so bob may mix alice into bob's own room");
        assertEquals(1, endpoint.calls().size());
    }

    @Test
    void malformedMixRequestsAreRefusedWithTheFieldNamed() {
        String token = running.login("alice");
        List<String[]> cases = List.of(
                new String[] {"{}", "input_stream_list must hold 1 to 4 entries, has 0"},
                new String[] {TWO_INPUTS.replace("\"image_layer\":2", "\"image_layer\":1"),
                        "input_stream_list[1].layout_params.image_layer repeats layer 1; each input has a layer of"
                                + " its own"},
                new String[] {TWO_INPUTS.replace("\"image_width\":160", "\"image_width\":-160"),
                        "input_stream_list[1].layout_params.image_width must be a whole number from 1 to 4096"},
                new String[] {TWO_INPUTS.replace("\"image_layer\":2,", "\"image_layer\":2,\"input_type\":1,"),
                        "input_stream_list[1].layout_params.input_type must be 0 (audio and video), 2 (picture),"
                                + " 3 (canvas), 4 (audio) or 5 (video)"},
                new String[] {TWO_INPUTS.replace("\"input_stream_id\":\"bob\"", "\"input_stream_id\":\"b o b\""),
                        "input_stream_list[1].input_stream_id must be 1 to 64 letters, digits, '_' or '-'"},
                new String[] {TWO_INPUTS.replace("{\"input_stream_list\"", "{\"app_id\":99,\"input_stream_list\""),
                        "app_id is not this backend's app ID 1234; leave it out and the backend fills it in"},
                new String[] {TWO_INPUTS.replace("{\"input_stream_list\"", "{\"volume\":3,\"input_stream_list\""),
                        "unknown key 'volume'; known keys: app_id, input_stream_list, interface,"
                                + " mix_stream_session_id, mix_stream_template_id, output_stream_bitrate,"
                                + " output_stream_id, output_stream_type"},
                new String[] {"{\"interface\":{\"interfaceName\":\"Other\",\"para\":{}}}",
                        "interface.interfaceName must be Mix_StreamV2"},
                new String[] {"{\"input_stream_list\":[{\"input_stream_id\":\"bob\",\"layout_params\":"
                        + "{\"image_layer\":2}}]}", "input_stream_list has no layer 1; the primary picture is layer 1"},
                new String[] {"not json", "the request body is not valid JSON at line 1, column 5"});
        for (String[] bad : cases) {
            Reply reply = client.post("/api/mix", bad[0], token);
            assertEquals(400, reply.status(), bad[0]);
            assertEquals(bad[1], reply.error(), bad[0]);
        }
        assertEquals(0, endpoint.calls().size());
    }

    @Test
    void cancellingNeedsNoInputs() {
        Reply reply = client.post("/api/mix", "{\"interface\":\"mix_streamv2.cancel_mix_stream\"}",
                running.login("alice"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("mix_streamv2.cancel_mix_stream",
                endpoint.calls().get(0).body().at("/interface/para/interface").asText());
    }

    @Test
    void withoutAnApiKeyMixingIsOff() {
        running.close();
        try (TestBackend keyless = TestBackend.withoutApiAndCallbackKeys()) {
            Reply reply = keyless.client.post("/api/mix", TWO_INPUTS, keyless.login("alice"));

            assertEquals(503, reply.status());
            assertEquals("mixing is off: the backend has no tencent.apiKey", reply.error());
        }
    }
}
