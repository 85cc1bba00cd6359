package studio.coanchor.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.server.Backend;
import studio.coanchor.server.BackendConfigFile;
import studio.coanchor.server.MixRetry;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.signal.SignalingHub;
import studio.coanchor.server.signal.SignalingRules;

/**
 * The studio's backend with its signaling hub on a loopback port, five anchors, and a stand-in for Tencent's mix
 * endpoint behind it. Answers time out after {@code answerTimeout} instead of 10 s so scenarios stay short.
 */
public final class CoanchorBackend implements AutoCloseable {
    public static final List<String> ANCHORS = List.of("alice", "bob", "carol", "dave", "erin");
    public static final long APP_ID = 1234;
    public static final String API_KEY = "40328529ca4381a80c6ecf2e6aa57438";
    public static final String PUSH_KEY = "e12c46f2612d5106e2034781ab261ca3";
    public static final String PLAY_KEY = "2e501ec27812117a0dcb00e801745961";

    private final MixEndpoint mixEndpoint;
    private final Backend backend;

    private CoanchorBackend(String rtmpBase, Duration answerTimeout) throws IOException {
        mixEndpoint = new MixEndpoint();
        SignalingHub hub = new SignalingHub(Clock.systemUTC(), SignalingRules.DEFAULT.withAnswerTimeout(answerTimeout));
        String users = ANCHORS.stream().map(id -> "{\"id\":\"" + id + "\",\"passwordHash\":\""
                + PasswordHash.create(password(id).toCharArray(), 1000, new SecureRandom()).encoded() + "\"}")
                .collect(Collectors.joining(","));
        String config = "{\"listen\":\"127.0.0.1:0\",\"tencent\":{\"appId\":" + APP_ID + ",\"bizId\":8888,"
                + "\"pushDomain\":\"" + rtmpBase + "\",\"playDomain\":\"" + rtmpBase + "\",\"app\":\"live\","
                + "\"pushKey\":\"" + PUSH_KEY + "\",\"playKey\":\"" + PLAY_KEY + "\",\"apiKey\":\"" + API_KEY + "\","
                + "\"mixEndpoint\":\"" + mixEndpoint.url() + "\"},\"users\":[" + users + "]}";
        backend = new Backend(BackendConfigFile.parse(config.getBytes(StandardCharsets.UTF_8), Map.of()), hub,
                hub::install, Clock.systemUTC(), new MixRetry(Duration.ofMillis(100), 5));
        backend.start();
    }

    public static CoanchorBackend start(String rtmpBase, Duration answerTimeout) throws IOException {
        return new CoanchorBackend(rtmpBase, answerTimeout);
    }

    public static String password(String anchor) {
        return anchor + "-Passw0rd-" + anchor.length();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + backend.port());
    }

    public BackendAccount login(String anchor) throws BackendException {
        return BackendAccount.login(uri(), anchor, password(anchor));
    }

    /** Tencent's mix endpoint answers the next calls with these codes, in turn. */
    public void answerMixesWith(Integer... codes) {
        mixEndpoint.answer(codes);
    }

    /** The calls Tencent's mix endpoint received. */
    public List<MixEndpoint.Call> mixCalls() {
        return mixEndpoint.calls();
    }

    @Override
    public void close() {
        backend.stop();
        mixEndpoint.close();
    }
}
