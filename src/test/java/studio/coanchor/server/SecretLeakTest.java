package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.TimeSignature;
import studio.coanchor.testkit.CapturedLog;
import studio.coanchor.testkit.MixEndpoint;

/**
 * A whole REST scenario, then a search of every response body and every log line for every secret: the keys,
 * the passwords and their hashes, the mix API's signs, txSecret values (allowed only in the URLs answered to their
 * owner), and login tokens (allowed only in the answer that issued them).
 */
class SecretLeakTest {
    private static final Pattern TX_SECRET = Pattern.compile("txSecret=([0-9a-f]{32})");

    @Test
    void noSecretLeavesTheBackendExceptToItsRightfulOwner() throws Exception {
        List<String> tokens = new ArrayList<>();
        List<String> logLines;
        List<String> bodies;
        List<String> apiSigns = new ArrayList<>();
        try (CapturedLog log = new CapturedLog(); MixEndpoint endpoint = new MixEndpoint().answer(-505, 0);
             TestBackend running = TestBackend.start(endpoint.url(), new MixRetry(Duration.ofMillis(50), 5))) {
            ApiClient client = running.client;
            running.rooms.link("alice", "bob");
            long t = TestBackend.START.getEpochSecond() + 600;
            TimeSignature callbackKey = new TimeSignature(TestBackend.CALLBACK_KEY);

            client.get("/api/health", null);
            client.post("/api/login", "{\"userId\":\"alice\",\"password\":\"" + TestBackend.PASSWORDS.get("bob")
                    + "\"}", null);
            client.post("/api/login", "{\"userId\":\"mallory\",\"password\":\"" + TestBackend.PASSWORDS.get("alice")
                    + "\"}", null);
            client.post("/api/login", "{\"userId\":\"alice\",\"password\":" + TestBackend.PASSWORDS.get("alice")
                    + "}", null);
            for (int i = 0; i <= LoginThrottle.MAX_ATTEMPTS; i++) {
                client.post("/api/login", "{\"userId\":\"carol\",\"password\":\"" + TestBackend.PASSWORDS.get("bob")
                        + "\"}", null);
            }
            String alice = running.login("alice");
            String bob = running.login("bob");
            tokens.addAll(List.of(alice, bob));
            assertEquals(200, client.post("/api/urls", "{\"record\":\"mp4\"}", alice).status());
            assertEquals(200, client.post("/api/urls", "", bob).status());
            assertEquals(0, client.post("/api/mix", "{\"input_stream_list\":[{\"input_stream_id\":\"alice\","
                    + "\"layout_params\":{\"image_layer\":1}},{\"input_stream_id\":\"bob\",\"layout_params\":"
                    + "{\"image_layer\":2,\"image_width\":160,\"image_height\":240,\"location_x\":800,"
                    + "\"location_y\":210}}]}", alice).json().get("code").asInt());
            client.post("/api/mix", "{\"mix_stream_session_id\":\"alice\"}", bob);
            client.post("/api/mix", "{\"input_stream_list\":[1]}", alice);
            client.post("/callback/tencent", "{\"t\":" + t + ",\"sign\":\"" + callbackKey.sign(t)
                    + "\",\"event_type\":1,\"stream_id\":\"alice\"}", null);
            client.post("/callback/tencent", "{\"t\":" + t + ",\"sign\":\"" + callbackKey.sign(t + 1)
                    + "\",\"event_type\":1,\"stream_id\":\"alice\"}", null);
            client.get("/api/rooms", bob);
            client.get("/api/streams", alice);
            client.get("/api/nothing", alice);
            running.clock.advance(BackendConfig.DEFAULT_TOKEN_LIFETIME);
            assertEquals(401, client.get("/api/rooms", alice).status());
            running.close();

            endpoint.calls().forEach(call -> apiSigns.add(CommonAccessQuery.parse(call.uri().getRawQuery()).sign()));
            logLines = log.lines();
            bodies = client.bodies();
        }

        assertEquals(2, apiSigns.size());
        assertTrue(logLines.size() > 10, "the scenario was logged");
        assertTrue(logLines.stream().anyMatch(line -> line.contains("Backend listening on")));
        List<String> neverShown = new ArrayList<>(TestBackend.secrets());
        neverShown.addAll(apiSigns);
        for (String secret : neverShown) {
            bodies.forEach(body -> assertFalse(body.contains(secret), () -> "a response shows a secret: " + body));
            logLines.forEach(line -> assertFalse(line.contains(secret), () -> "the log shows a secret: " + line));
        }
        for (String token : tokens) {
            assertEquals(1, bodies.stream().filter(body -> body.contains(token)).count(),
                    "a token appears only in the login answer that issued it");
            logLines.forEach(line -> assertFalse(line.contains(token), () -> "the log shows a token: " + line));
        }
        List<String> txSecrets = new ArrayList<>();
        bodies.forEach(body -> {
            Matcher matcher = TX_SECRET.matcher(body);
            while (matcher.find()) {
                txSecrets.add(matcher.group(1));
            }
        });
        assertTrue(txSecrets.size() >= 10, "the URL answers carried signed URLs");
        for (String txSecret : txSecrets) {
            logLines.forEach(line -> assertFalse(line.contains(txSecret), () -> "the log shows a txSecret: " + line));
        }
    }
}
