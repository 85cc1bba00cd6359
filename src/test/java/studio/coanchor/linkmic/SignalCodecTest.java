package studio.coanchor.linkmic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignalCodecTest {
    private static final long T = 1_700_000_000_000L;
    private static final String URL = "rtmp://8888.liveplay.myqcloud.com/live/8888_alice?bizid=8888&txSecret=abc&txTime=5C2A3CFF";

    static Stream<SignalMessage> everyShape() {
        return Stream.of(
                LinkMicMessage.request("alice", "Bob B.", T),
                LinkMicMessage.request("alice", "Bob", T).relayed("bob", "alice"),
                LinkMicMessage.accept("alice", "bob", T),
                LinkMicMessage.accept("alice", null, T),
                LinkMicMessage.reject("alice", "bob", "busy right now", T),
                LinkMicMessage.kickout("alice", "bob", "time is up", T),
                LinkMicMessage.quit("alice", T),
                LinkMicMessage.timeout("alice", "bob", "alice", "alice did not answer within 10000 ms", T),
                LinkMicMessage.ended("alice", "bob", "alice", "bob disconnected", T),
                PkMessage.start("alice", "frank", URL, T),
                PkMessage.start("alice", "frank", null, T),
                PkMessage.stop("alice", "frank", T),
                PkMessage.accept("frank", "alice", "rtmp://127.0.0.1/live/frank", T),
                PkMessage.reject("frank", "alice", "not now", T),
                PkMessage.timeout("alice", "alice", "frank", "frank did not answer within 10000 ms", T),
                PkMessage.ended("alice", "alice", "frank", "alice disconnected", T),
                RoomCommand.join("alice"),
                RoomCommand.leave("alice"),
                new RoomState(RoomState.Type.JOINED, "alice", "alice", List.of("bob", "carol"), List.of("bob"), null,
                        null, T),
                new RoomState(RoomState.Type.MEMBERS, "alice", "alice", List.of(), List.of(), "frank", null, T),
                RoomState.left("alice", T),
                RoomState.closed("alice", "alice disconnected", T),
                new SignalError(SignalErrorCode.ROOM_FULL, "room alice links 3 co-anchors", "linkmic", "request", T),
                new SignalError(SignalErrorCode.BAD_JSON, "not valid JSON", null, null, T));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void everyMessageSurvivesWritingAndReading(SignalMessage message) {
        String frame = SignalCodec.write(message);

        assertEquals(message, SignalCodec.parse(frame), frame);
    }

    @Test
    void aLinkRequestIsWrittenWithTheFieldNamesOfTheSpec() throws Exception {
        LinkMicMessage relayed = LinkMicMessage.request("alice", "Bob", T).relayed("bob", "alice");

        JsonNode json = new ObjectMapper().readTree(SignalCodec.write(relayed));

        assertEquals("linkmic", json.get("cmd").asText());
        JsonNode data = json.get("data");
        assertEquals("request", data.get("type").asText());
        assertEquals("alice", data.get("roomID").asText());
        assertEquals("bob", data.get("userID").asText());
        assertEquals("Bob", data.get("userName").asText());
        assertEquals("alice", data.get("targetID").asText());
        assertEquals(T, data.get("timestamp").asLong());
        assertFalse(data.has("result"), "absent fields are left out, not written as null");
    }

    @Test
    void aPkResponseIsWrittenWithTheFieldNamesOfTheSpec() throws Exception {
        JsonNode data = new ObjectMapper().readTree(SignalCodec.write(PkMessage.accept("frank", "alice", URL, T)))
                .get("data");

        assertEquals("response", data.get("type").asText());
        assertEquals("accept", data.get("result").asText());
        assertEquals("frank", data.get("roomID").asText());
        assertEquals(URL, data.get("accelerateURL").asText());
    }

    @Test
    void aMessageWrittenByHandAsInTheSpecIsRead() {
        SignalMessage message = SignalCodec.parse("""
                {"cmd":"linkmic","data":{"type":"response","roomID":"alice","userID":"alice",
                 "result":"reject","timestamp":1700000000000}}""");

        assertEquals(new LinkMicMessage(LinkMicMessage.Type.RESPONSE, "alice", "alice", null, null, null,
                Answer.REJECT, T), message);
    }

    @Test
    void aPkRequestNeedsItsActionAndTarget() {
        SignalMessage message = SignalCodec.parse("""
                {"cmd":"pk","data":{"type":"request","action":"stop","roomID":"alice","targetID":"frank",
                 "timestamp":1700000000000}}""");

        assertEquals(PkMessage.stop("alice", "frank", T), message);
    }

    @Test
    void jsonNullCountsAsAbsent() {
        SignalMessage message = SignalCodec.parse("{\"cmd\":\"linkmic\",\"data\":{\"type\":\"quit\",\"roomID\":\"alice\","
                + "\"userID\":null,\"reason\":null,\"timestamp\":1700000000000}}");

        assertEquals(LinkMicMessage.quit("alice", T), message);
    }

    @Test
    void aFrameOfExactlyTheLimitIsRead() {
        String join = "{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"alice\"}}";
        String frame = join + " ".repeat(SignalCodec.MAX_FRAME_BYTES - join.length());

        assertEquals(RoomCommand.join("alice"), SignalCodec.parse(frame));
    }

    static Stream<Arguments> badFrames() {
        String join = "{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"alice\"}}";
        String request = "{\"cmd\":\"linkmic\",\"data\":{\"type\":\"request\",\"roomID\":\"alice\",\"userName\":\"Bob\","
                + "\"timestamp\":1700000000000%s}}";
        String pk = "{\"cmd\":\"pk\",\"data\":{\"type\":\"request\",\"action\":\"start\",\"roomID\":\"alice\","
                + "\"targetID\":\"frank\",\"timestamp\":1700000000000%s}}";
        return Stream.of(
                bad(join + " ".repeat(SignalCodec.MAX_FRAME_BYTES - join.length() + 1), SignalErrorCode.FRAME_TOO_LARGE,
                        "4096"),
                bad(request.formatted(",\"reason\":\"" + "é".repeat(2100) + "\""), SignalErrorCode.FRAME_TOO_LARGE,
                        "bytes"),
                bad("", SignalErrorCode.BAD_JSON, "empty"),
                bad("{\"cmd\":\"room\",", SignalErrorCode.BAD_JSON, "not valid JSON at line 1"),
                bad("{cmd:room}", SignalErrorCode.BAD_JSON, "not valid JSON"),
                bad(join + join, SignalErrorCode.BAD_JSON, "not valid JSON"),
                bad("{\"cmd\":\"room\",\"cmd\":\"pk\",\"data\":{}}", SignalErrorCode.BAD_JSON, "cmd"),
                bad("[1,2]", SignalErrorCode.BAD_MESSAGE, "JSON array"),
                bad("\"join\"", SignalErrorCode.BAD_MESSAGE, "JSON object"),
                bad("{\"data\":{}}", SignalErrorCode.BAD_MESSAGE, "needs \"cmd\""),
                bad("{\"cmd\":7,\"data\":{}}", SignalErrorCode.BAD_MESSAGE, "needs \"cmd\""),
                bad("{\"cmd\":\"room\"}", SignalErrorCode.BAD_MESSAGE, "needs \"data\""),
                bad("{\"cmd\":\"room\",\"data\":[]}", SignalErrorCode.BAD_MESSAGE, "needs \"data\""),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"join\",\"roomID\":\"a\"},\"id\":1}",
                        SignalErrorCode.BAD_MESSAGE, "unknown field 'id'"),
                bad("{\"cmd\":\"chat\",\"data\":{}}", SignalErrorCode.UNKNOWN_COMMAND, "unknown cmd 'chat'"),
                bad("{\"cmd\":\"linkmic\",\"data\":{\"type\":\"invite\"}}", SignalErrorCode.UNKNOWN_COMMAND,
                        "unknown linkmic type 'invite'; accepted: request, response, kickout, quit, timeout, ended"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"enter\"}}", SignalErrorCode.UNKNOWN_COMMAND,
                        "join, leave, error"),
                bad("{\"cmd\":\"pk\",\"data\":{}}", SignalErrorCode.BAD_MESSAGE, "needs \"type\""),
                bad(request.formatted(",\"roomId\":\"alice\""), SignalErrorCode.BAD_MESSAGE,
                        "unknown field 'roomId' in linkmic request"),
                bad(request.formatted(",\"targetID\":\"bo b\""), SignalErrorCode.INVALID_FIELD,
                        "targetID must be 1 to 64 characters"),
                bad(request.replace("\"alice\"", "\"" + "a".repeat(65) + "\"").formatted(""),
                        SignalErrorCode.INVALID_FIELD, "roomID must be 1 to 64"),
                bad(request.replace("\"alice\"", "\"alicé\"").formatted(""), SignalErrorCode.INVALID_FIELD, "roomID"),
                bad(request.replace("\"alice\"", "5").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "roomID must be a string, was a number"),
                bad(request.replace(",\"roomID\":\"alice\"", "").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic request needs roomID"),
                bad(request.replace(",\"userName\":\"Bob\"", "").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic request needs userName"),
                bad(request.replace("\"Bob\"", "\"" + "B".repeat(65) + "\"").formatted(""),
                        SignalErrorCode.INVALID_FIELD, "userName must be at most 64 characters, was 65"),
                bad(request.replace("\"Bob\"", "\"Bob\\nAlice\"").formatted(""), SignalErrorCode.INVALID_FIELD,
                        "userName must not contain control characters"),
                bad(request.replace("\"Bob\"", "\"  \"").formatted(""), SignalErrorCode.INVALID_FIELD,
                        "userName must not be blank"),
                bad(request.formatted(",\"reason\":\"" + "r".repeat(201) + "\""), SignalErrorCode.INVALID_FIELD,
                        "reason must be at most 200"),
                bad(request.replace(",\"timestamp\":1700000000000", "").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic request needs timestamp"),
                bad(request.replace("1700000000000", "\"1700000000000\"").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "timestamp must be a whole number"),
                bad(request.replace("1700000000000", "1700000000000.5").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "timestamp must be a whole number"),
                bad(request.replace("1700000000000", "-1").formatted(""), SignalErrorCode.INVALID_FIELD,
                        "timestamp must be a positive number"),
                bad(request.formatted(",\"result\":\"accept\""), SignalErrorCode.BAD_MESSAGE,
                        "result does not belong in a linkmic request"),
                bad(request.replace("request", "response").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic response needs result"),
                bad(request.replace("request", "response").formatted(",\"result\":\"maybe\""),
                        SignalErrorCode.INVALID_FIELD, "unknown result 'maybe'; accepted: accept, reject"),
                bad(request.replace("request", "kickout").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic kickout needs targetID"),
                bad(request.replace("request", "ended").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "linkmic ended needs userID"),
                bad(pk.replace(",\"action\":\"start\"", "").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "pk request needs action"),
                bad(pk.replace("\"start\"", "\"pause\"").formatted(""), SignalErrorCode.INVALID_FIELD,
                        "unknown action 'pause'; accepted: start, stop"),
                bad(pk.replace(",\"targetID\":\"frank\"", "").formatted(""), SignalErrorCode.BAD_MESSAGE,
                        "pk request needs targetID"),
                bad(pk.formatted(",\"accelerateURL\":\"ftp://x/live/a?txSecret=s3cret\""),
                        SignalErrorCode.INVALID_FIELD, "accelerateURL must be an rtmp://"),
                bad(pk.formatted(",\"accelerateURL\":\"rtmp://x/" + "a".repeat(1020) + "\""),
                        SignalErrorCode.INVALID_FIELD, "accelerateURL must be at most 1024 characters"),
                bad(pk.replace("request", "response").replace(",\"action\":\"start\"", "")
                                .formatted(",\"result\":\"accept\",\"action\":\"stop\""),
                        SignalErrorCode.BAD_MESSAGE, "action does not belong in a pk response"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"join\"}}", SignalErrorCode.BAD_MESSAGE,
                        "room join needs roomID"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"leave\",\"roomID\":\"alice\",\"timestamp\":1}}",
                        SignalErrorCode.BAD_MESSAGE, "unknown field 'timestamp' in room leave"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"members\",\"roomID\":\"alice\",\"owner\":\"alice\","
                        + "\"coAnchors\":[],\"timestamp\":1}}", SignalErrorCode.BAD_MESSAGE, "room members needs members"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"members\",\"roomID\":\"alice\",\"owner\":\"alice\","
                        + "\"members\":[\"bob\",3],\"coAnchors\":[],\"timestamp\":1}}", SignalErrorCode.BAD_MESSAGE,
                        "members must hold strings"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"members\",\"roomID\":\"alice\",\"owner\":\"alice\","
                        + "\"members\":" + tooMany() + ",\"coAnchors\":[],\"timestamp\":1}}",
                        SignalErrorCode.INVALID_FIELD, "members lists 33 users; the most is 32"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"members\",\"roomID\":\"alice\",\"owner\":\"alice\","
                        + "\"members\":[\"bob\"],\"coAnchors\":[\"carol\"],\"timestamp\":1}}",
                        SignalErrorCode.INVALID_FIELD, "every co-anchor must be a member"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"closed\",\"roomID\":\"alice\",\"timestamp\":1}}",
                        SignalErrorCode.BAD_MESSAGE, "room closed needs reason"),
                bad("{\"cmd\":\"room\",\"data\":{\"type\":\"error\",\"code\":\"oops\",\"message\":\"m\",\"timestamp\":1}}",
                        SignalErrorCode.INVALID_FIELD, "unknown code 'oops'"));
    }

    @ParameterizedTest
    @MethodSource("badFrames")
    void aBadFrameIsRefusedWithItsProblemNamed(String frame, SignalErrorCode code, String problem) {
        SignalFormatException e = assertThrows(SignalFormatException.class, () -> SignalCodec.parse(frame));

        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), () -> "'" + e.getMessage() + "' should say '" + problem + "'");
    }

    @Test
    void aRefusalNamesTheCmdAndTypeItRecognised() {
        SignalFormatException missing = assertThrows(SignalFormatException.class, () -> SignalCodec.parse(
                "{\"cmd\":\"linkmic\",\"data\":{\"type\":\"request\",\"roomID\":\"alice\",\"timestamp\":1}}"));
        SignalFormatException unknownType = assertThrows(SignalFormatException.class,
                () -> SignalCodec.parse("{\"cmd\":\"pk\",\"data\":{\"type\":\"dance\"}}"));
        SignalFormatException unknownCmd = assertThrows(SignalFormatException.class,
                () -> SignalCodec.parse("{\"cmd\":\"dance\",\"data\":{}}"));

        assertEquals(new SignalError(SignalErrorCode.BAD_MESSAGE, "linkmic request needs userName", "linkmic",
                "request", T), missing.toError(T));
        assertEquals("pk", unknownType.cmd());
        assertNull(unknownType.type());
        assertNull(unknownCmd.cmd());
    }

    @Test
    void aRefusedUrlIsNeverQuotedBack() {
        SignalFormatException e = assertThrows(SignalFormatException.class, () -> SignalCodec.parse(
                "{\"cmd\":\"pk\",\"data\":{\"type\":\"request\",\"action\":\"start\",\"roomID\":\"alice\","
                        + "\"targetID\":\"frank\",\"accelerateURL\":\"ftp://x/a?txSecret=s3cret\",\"timestamp\":1}}"));

        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void aPkMessageShowsItsUrlWithoutTheSignature() {
        String shown = PkMessage.start("alice", "frank", URL, T).toString();

        assertTrue(shown.contains("rtmp://8888.liveplay.myqcloud.com/live/8888_alice?…"), shown);
        assertFalse(shown.contains("txSecret"), shown);
    }

    @Test
    void aRelayedMessageCarriesTheVerifiedSenderAndTheRecipient() {
        LinkMicMessage claimed = new LinkMicMessage(LinkMicMessage.Type.REQUEST, "alice", "mallory", "Bob", null,
                null, null, T);

        LinkMicMessage relayed = claimed.relayed("bob", "alice");

        assertEquals("bob", relayed.userId());
        assertEquals("alice", relayed.targetId());
        assertEquals("Bob", relayed.userName());
        assertEquals(T, relayed.timestamp());
    }

    @Test
    void onlyCommandsAreSentByClients() {
        assertTrue(LinkMicMessage.request("alice", "Bob", T).sentByClient());
        assertTrue(LinkMicMessage.quit("alice", T).sentByClient());
        assertFalse(LinkMicMessage.timeout("alice", "bob", "alice", "late", T).sentByClient());
        assertFalse(LinkMicMessage.ended("alice", "bob", "alice", "gone", T).sentByClient());
        assertTrue(PkMessage.stop("alice", "frank", T).sentByClient());
        assertFalse(PkMessage.ended("alice", "alice", "frank", "gone", T).sentByClient());
        assertTrue(RoomCommand.join("alice").sentByClient());
        assertFalse(RoomState.left("alice", T).sentByClient());
        assertFalse(new SignalError(SignalErrorCode.STALE, "old", null, null, T).sentByClient());
    }

    @Test
    void idsFollowTheProtocolPattern() {
        assertTrue(SignalCodec.isValidId("Alice_01-x"));
        assertTrue(SignalCodec.isValidId("a".repeat(64)));
        assertFalse(SignalCodec.isValidId("a".repeat(65)));
        assertFalse(SignalCodec.isValidId(""));
        assertFalse(SignalCodec.isValidId("al ice"));
        assertFalse(SignalCodec.isValidId(null));
    }

    private static String tooMany() {
        return "[" + String.join(",", Collections.nCopies(33, "\"bob\"")) + "]";
    }

    private static Arguments bad(String frame, SignalErrorCode code, String problem) {
        return Arguments.of(frame, code, problem);
    }
}
