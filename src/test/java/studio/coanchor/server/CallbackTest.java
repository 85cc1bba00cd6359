package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.coanchor.tencent.TimeSignature;

/** Tencent's event callbacks over real HTTP: signed ones are recorded, wrong and expired ones refused. */
class CallbackTest {
    private final TestBackend running = TestBackend.start(null, MixRetry.TENCENT);
    private final ApiClient client = running.client;
    private final TimeSignature callbackKey = new TimeSignature(TestBackend.CALLBACK_KEY);
    private final long t = TestBackend.START.getEpochSecond() + 600;

    @AfterEach
    void stop() {
        running.close();
    }

    private String event(long expiry, String sign, String fields) {
        return "{\"t\":" + expiry + ",\"sign\":\"" + sign + "\"," + fields + "}";
    }

    @Test
    void signedEventsAreRecordedAndShownToAnchors() {
        String begin = event(t, callbackKey.sign(t), "\"event_type\":1,\"stream_id\":\"alice\",\"appid\":1234,"
                + "\"event_time\":1714557600,\"stream_param\":\"txSecret=x&txTime=5C271099\"");
        String file = event(t, callbackKey.sign(t), "\"event_type\":100,\"stream_id\":\"alice\",\"video_url\":"
                + "\"http://1234.vod2.myqcloud.com/a/b/f0.mp4\",\"file_format\":\"mp4\",\"start_time\":1714557600,"
                + "\"end_time\":1714559400,\"file_size\":104857600,\"duration\":1800");
        String end = event(t, callbackKey.sign(t), "\"event_type\":0,\"stream_id\":\"bob\",\"event_time\":1714557700");
        String snapshot = event(t, callbackKey.sign(t), "\"event_type\":200,\"stream_id\":\"alice\"");

        for (String body : new String[] {begin, file, end, snapshot}) {
            Reply reply = client.post("/callback/tencent", body, null);
            assertEquals(200, reply.status(), reply.body());
            assertEquals("{\"code\":0}", reply.body());
        }

        JsonNode streams = client.get("/api/streams", running.login("carol")).json().get("streams");
        assertEquals(2, streams.size());
        assertEquals("alice", streams.at("/0/streamId").asText());
        assertEquals(true, streams.at("/0/live").asBoolean());
        assertEquals("2024-05-01T10:00:00Z", streams.at("/0/since").asText());
        assertEquals("http://1234.vod2.myqcloud.com/a/b/f0.mp4", streams.at("/0/recordings/0/videoUrl").asText());
        assertEquals(1800, streams.at("/0/recordings/0/duration").asLong());
        assertEquals("bob", streams.at("/1/streamId").asText());
        assertEquals(false, streams.at("/1/live").asBoolean());
    }

    @Test
    void aWrongSignIsRefused() {
        Reply reply = client.post("/callback/tencent", event(t, new TimeSignature("not-the-key").sign(t),
                "\"event_type\":1,\"stream_id\":\"alice\""), null);

        assertEquals(403, reply.status());
        assertEquals("callback refused: the sign does not match this backend's key", reply.error());
        assertEquals(0, client.get("/api/streams", running.login("alice")).json().get("streams").size());
    }

    @Test
    void aSignForAnotherTimeIsRefused() {
        Reply reply = client.post("/callback/tencent", event(t + 1, callbackKey.sign(t),
                "\"event_type\":1,\"stream_id\":\"alice\""), null);

        assertEquals(403, reply.status());
    }

    @Test
    void anExpiredSignIsRefused() {
        long past = TestBackend.START.getEpochSecond() - 1;

        Reply reply = client.post("/callback/tencent", event(past, callbackKey.sign(past),
                "\"event_type\":1,\"stream_id\":\"alice\""), null);

        assertEquals(403, reply.status());
        assertEquals("callback refused: the sign has expired (its t lies in the past)", reply.error());
    }

    @Test
    void malformedEventsAreRefusedWithTheFieldNamed() {
        assertEquals("sign is missing; it must be a string",
                client.post("/callback/tencent", "{\"t\":" + t + ",\"event_type\":1}", null).error());
        assertEquals("t must be a whole number from 0 to 9007199254740992",
                client.post("/callback/tencent", "{\"t\":\"soon\",\"sign\":\"x\"}", null).error());
        Reply badStream = client.post("/callback/tencent", event(t, callbackKey.sign(t),
                "\"event_type\":1,\"stream_id\":\"a/b\""), null);
        assertEquals(400, badStream.status());
        assertEquals("stream_id must be 1 to 64 letters, digits, '_' or '-'", badStream.error());
        assertEquals(400, client.post("/callback/tencent", "{\"t\":", null).status());
    }

    @Test
    void withoutACallbackKeyCallbacksAreOff() {
        running.close();
        try (TestBackend keyless = TestBackend.withoutApiAndCallbackKeys()) {
            Reply reply = keyless.client.post("/callback/tencent", event(t, callbackKey.sign(t),
                    "\"event_type\":1,\"stream_id\":\"alice\""), null);

            assertEquals(503, reply.status());
            assertEquals("callbacks are off: the backend has no tencent.callbackKey", reply.error());
        }
    }
}
