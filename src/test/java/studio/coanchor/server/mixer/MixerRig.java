package studio.coanchor.server.mixer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.server.Backend;
import studio.coanchor.server.BackendConfigFile;
import studio.coanchor.server.MixRetry;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.RoomDirectory;
import studio.coanchor.server.RoomView;
import studio.coanchor.server.RouteInstaller;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.TimeSignature;
import studio.coanchor.testkit.ColourPush;
import studio.coanchor.testkit.NginxRtmp;

/**
 * Everything a self-hosted mix needs, for real: nginx with its RTMP module, four anchors pushing solid colours with a
 * tone (alice 540x960 as the primary, bob, carol and dave 320x480), and the backend with its mixer on a loopback port,
 * playing inputs from {@code live/{stream}} and publishing mixes to {@code live/{stream}-mixed}. Its
 * {@code /api/mix} targets the mixer itself; alice is linked with bob.
 */
final class MixerRig implements AutoCloseable {
    static final long APP_ID = 1400;
    static final String API_KEY = "40328529ca4381a80c6ecf2e6aa57438";
    static final String PASSWORD = "alice-Passw0rd-5M";
    static final int NAVY = 0x101060;
    static final int RED = 0xff3030;
    static final int GREEN = 0x30d030;
    static final int YELLOW = 0xf0f040;
    static final int WHITE = 0xf0f0f0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final NginxRtmp nginx;
    final Map<String, ColourPush> pushes = new LinkedHashMap<>();
    final Backend backend;
    private final int port;

    MixerRig() throws Exception {
        nginx = NginxRtmp.start();
        try {
            pushes.put("alice", new ColourPush(input("alice"), NAVY, 540, 960, 6000));
            pushes.put("bob", new ColourPush(input("bob"), RED, 320, 480, 6000));
            pushes.put("carol", new ColourPush(input("carol"), GREEN, 320, 480, 6000));
            pushes.put("dave", new ColourPush(input("dave"), YELLOW, 320, 480, 6000));
            for (Map.Entry<String, ColourPush> push : pushes.entrySet()) {
                if (!push.getValue().awaitLive(Duration.ofSeconds(10))) {
                    throw new IllegalStateException(push.getKey() + " did not go live: " + push.getValue().events());
                }
            }
            port = freePort();
            backend = new Backend(BackendConfigFile.parse(config().getBytes(StandardCharsets.UTF_8), Map.of()),
                    new AliceAndBob(), RouteInstaller.NONE, Clock.systemUTC(), new MixRetry(Duration.ofMillis(500), 5));
            backend.start();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    String input(String stream) {
        return nginx.rtmpUrl("live") + "/" + stream;
    }

    String output(String stream) {
        return nginx.rtmpUrl("live") + "/" + stream + "-mixed";
    }

    /** Replaces {@code stream}'s push with one of another colour. */
    void repush(String stream, int rgb, int width, int height) throws Exception {
        ColourPush push = new ColourPush(input(stream), rgb, width, height, 6000);
        pushes.put(stream, push);
        if (!push.awaitLive(Duration.ofSeconds(10))) {
            throw new IllegalStateException(stream + " did not go live again: " + push.events());
        }
    }

    /** The request that starts or changes mix {@code session} into output {@code output}, as the studio sends it. */
    static String start(String session, String output, Layout layout, long timestamp) {
        return MixJson.compact(MixStreamRequest.of(MixPara.start(layout, MixSession.of(APP_ID, session, output)),
                timestamp, timestamp));
    }

    static String end(String session, String output, String primary, long timestamp) {
        return MixJson.compact(MixStreamRequest.of(MixPara.end(MixSession.of(APP_ID, session, output), primary),
                timestamp, timestamp));
    }

    static String cancel(String session, String output, long timestamp) {
        return MixJson.compact(MixStreamRequest.of(MixPara.cancel(MixSession.of(APP_ID, session, output)),
                timestamp, timestamp));
    }

    /** Posts {@code body} to {@code /common_access} signed with the API key, {@code t} a minute ahead. */
    JsonNode mix(String body) throws IOException, InterruptedException {
        return mix(body, CommonAccessQuery.signed(APP_ID, CommonAccessQuery.MIX_STREAM_V2, new TimeSignature(API_KEY),
                Instant.now()).toQuery());
    }

    JsonNode mix(String body, String query) throws IOException, InterruptedException {
        return post("/common_access?" + query, body, null);
    }

    JsonNode post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    String login() throws IOException, InterruptedException {
        return post("/api/login", "{\"userId\":\"alice\",\"password\":\"" + PASSWORD + "\"}", null).get("token")
                .asText();
    }

    private String config() {
        String rtmp = nginx.rtmpUrl("live");
        String base = rtmp.substring(0, rtmp.lastIndexOf('/'));
        String users = pushes.keySet().stream().map(id -> "{\"id\":\"" + id + "\",\"passwordHash\":\""
                        + PasswordHash.create((id.equals("alice") ? PASSWORD : id + "-Passw0rd-5M").toCharArray(),
                        1000, new SecureRandom()).encoded() + "\"}")
                .collect(Collectors.joining(","));
        return "{\"listen\":\"127.0.0.1:" + port + "\",\"tencent\":{\"appId\":" + APP_ID + ",\"pushDomain\":\"" + base
                + "\",\"playDomain\":\"" + base + "\",\"pushKey\":\"push-key-1\",\"playKey\":\"play-key-2\","
                + "\"apiKey\":\"" + API_KEY + "\",\"mixEndpoint\":\"http://127.0.0.1:" + port + "/common_access\"},"
                + "\"mixer\":{\"inputUrl\":\"" + rtmp + "/{stream}\",\"outputUrl\":\"" + rtmp + "/{stream}-mixed\","
                + "\"encoder\":\"x264\"},\"users\":[" + users + "]}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        if (backend != null) {
            backend.stop();
        }
        for (ColourPush push : pushes.values()) {
            push.close();
        }
        nginx.close();
    }

    /** alice's room, with bob linked to her. */
    private static final class AliceAndBob implements RoomDirectory {
        @Override
        public Set<String> linkedWith(String userId) {
            return switch (userId) {
                case "alice" -> Set.of("bob");
                case "bob" -> Set.of("alice");
                default -> Set.of();
            };
        }

        @Override
        public List<RoomView> rooms() {
            return List.of(new RoomView("alice", "alice", List.of("alice", "bob"), List.of("bob"), List.of()));
        }
    }
}
