package studio.coanchor.server;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A backend on a loopback port with three users (alice, bob, and carol who pushes {@code carol_cam}), fake keys,
 * a hand-moved clock and hand-set rooms, and a client for it.
 */
final class TestBackend implements AutoCloseable {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    static final long APP_ID = 1234;
    static final String PUSH_KEY = "e12c46f2612d5106e2034781ab261ca3";
    static final String PLAY_KEY = "2e501ec27812117a0dcb00e801745961";
    static final String API_KEY = "40328529ca4381a80c6ecf2e6aa57438";
    static final String CALLBACK_KEY = "9c1f0e7d5b3a28461f0e7d5b3a284610";
    static final Map<String, String> PASSWORDS = new LinkedHashMap<>(Map.of(
            "alice", "alice-Passw0rd-7Q", "bob", "bob-Passw0rd-3Z", "carol", "carol-Passw0rd-9X"));
    /** Cheap hashes keep logins fast; the default iteration count is tested in PasswordHashTest. */
    static final Map<String, String> HASHES = PASSWORDS.entrySet().stream().collect(Collectors.toMap(
            Map.Entry::getKey, entry -> PasswordHash.create(entry.getValue().toCharArray(), 1000,
                    new SecureRandom()).encoded()));

    final MutableClock clock = new MutableClock(START);
    final FixedRooms rooms = new FixedRooms();
    final BackendConfig config;
    final Backend backend;
    final ApiClient client;

    private TestBackend(String configJson, MixRetry retry) {
        config = BackendConfigFile.parse(configJson.getBytes(StandardCharsets.UTF_8), Map.of());
        backend = new Backend(config, rooms, RouteInstaller.NONE, clock, retry);
        backend.start();
        client = new ApiClient(backend.port());
    }

    static TestBackend start(String mixEndpoint, MixRetry retry) {
        return new TestBackend(config(mixEndpoint, true), retry);
    }

    static TestBackend withoutApiAndCallbackKeys() {
        return new TestBackend(config(null, false), MixRetry.TENCENT);
    }

    static String config(String mixEndpoint, boolean withApiAndCallbackKeys) {
        String users = PASSWORDS.keySet().stream().map(id -> "{\"id\":\"" + id + "\",\"passwordHash\":\""
                        + HASHES.get(id) + "\"" + (id.equals("carol") ? ",\"streamId\":\"carol_cam\"" : "") + "}")
                .collect(Collectors.joining(","));
        return "{\"listen\":\"127.0.0.1:0\",\n"
                + "\"tencent\":{\"appId\":" + APP_ID + ",\"bizId\":8888,"
                + "\"pushDomain\":\"8888.livepush.myqcloud.com\",\"playDomain\":\"rtmp://127.0.0.1:1935\","
                + "\"app\":\"live\",\"pushKey\":\"" + PUSH_KEY + "\",\"playKey\":\"" + PLAY_KEY + "\""
                + (withApiAndCallbackKeys ? ",\"apiKey\":\"" + API_KEY + "\",\"callbackKey\":\"" + CALLBACK_KEY + "\""
                : "")
                + (mixEndpoint == null ? "" : ",\"mixEndpoint\":\"" + mixEndpoint + "\"") + "},\n"
                + "\"users\":[" + users + "]}";
    }

    /** Every secret the configuration holds, as text that must never leave the backend. */
    static List<String> secrets() {
        List<String> secrets = new java.util.ArrayList<>(List.of(PUSH_KEY, PLAY_KEY, API_KEY, CALLBACK_KEY));
        secrets.addAll(PASSWORDS.values());
        HASHES.values().forEach(hash -> {
            secrets.add(hash);
            secrets.add(hash.substring(hash.lastIndexOf('$') + 1));
        });
        return secrets;
    }

    String login(String userId) {
        return client.login(userId, PASSWORDS.get(userId));
    }

    @Override
    public void close() {
        backend.stop();
    }
}
