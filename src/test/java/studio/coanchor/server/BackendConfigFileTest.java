package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.tencent.StreamHost;

class BackendConfigFileTest {
    private static final String HASH = TestBackend.HASHES.get("alice");
    private static final String MINIMAL = "{\"tencent\":{\"appId\":1234,\"pushDomain\":\"push.example.com\","
            + "\"playDomain\":\"play.example.com\",\"pushKey\":\"env:COANCHOR_PUSH_KEY\",\"playKey\":\"plain-key\"},"
            + "\"users\":[{\"id\":\"alice\",\"passwordHash\":\"" + HASH + "\"}]}";
    private static final Map<String, String> ENVIRONMENT = Map.of("COANCHOR_PUSH_KEY", "key-from-the-environment");

    @TempDir
    Path folder;

    @Test
    void theExampleConfigurationReads() throws ConfigException {
        BackendConfig config = BackendConfigFile.read(Path.of("packaging/backend.example.json"), Map.of());

        assertEquals(new ListenAddress("127.0.0.1", 8090), config.listen());
        assertEquals(StreamHost.parse("rtmp://127.0.0.1:1935"), config.tencent().pushDomain());
        assertEquals("00000000000000000000000000000003", config.tencent().apiKey().orElseThrow().value());
        assertEquals("rtmp://127.0.0.1:1935/mix/alice", config.mixer().orElseThrow().output("alice"));
        assertEquals(List.of("alice", "bob"), config.users().stream().map(BackendConfig.User::id).toList());
        assertEquals("bob_cam", config.streamOf("bob"));
        assertEquals(PasswordHash.DEFAULT_ITERATIONS, config.users().get(0).passwordHash().iterations());
    }

    @Test
    void defaultsFillWhatIsLeftOut() {
        BackendConfig config = parse(MINIMAL);

        assertEquals(new ListenAddress("127.0.0.1", 8090), config.listen());
        assertEquals(BackendConfig.DEFAULT_TOKEN_LIFETIME, config.tokenLifetime());
        BackendConfig.Tencent tencent = config.tencent();
        assertEquals("live", tencent.app());
        assertEquals(OptionalLong.empty(), tencent.bizId());
        assertEquals(Duration.ofHours(24), tencent.urlLifetime());
        assertEquals(URI.create("http://fcgi.video.qcloud.com/common_access"), tencent.mixEndpoint());
        assertEquals(Optional.empty(), tencent.apiKey());
        assertEquals(Optional.empty(), config.mixer());
        assertEquals("alice", config.streamOf("alice"));
        assertEquals("guest", config.streamOf("guest"));
    }

    @Test
    void secretsComeFromTheFileOrTheEnvironmentAndHideInText() {
        BackendConfig config = parse(MINIMAL);

        assertEquals("key-from-the-environment", config.tencent().pushKey().value());
        assertEquals("plain-key", config.tencent().playKey().value());
        assertFalse(config.toString().contains("key-from-the-environment"), config.toString());
        assertFalse(config.toString().contains("plain-key"));
        assertFalse(config.toString().contains(HASH.substring(HASH.lastIndexOf('$') + 1)));
    }

    @Test
    void everySettingIsRead() {
        BackendConfig config = parse("{\"listen\":\"[::1]:0\",\"tokenLifetimeMinutes\":30,\"tencent\":{"
                + "\"appId\":1234,\"bizId\":8888,\"pushDomain\":\"rtmp://127.0.0.1:1935\",\"playDomain\":\"p.com\","
                + "\"app\":\"show\",\"pushKey\":\"k1\",\"playKey\":\"k2\",\"apiKey\":\"k3\",\"callbackKey\":\"k4\","
                + "\"mixEndpoint\":\"https://mix.example.com/common_access\",\"urlLifetimeHours\":48},"
                + "\"mixer\":{\"inputUrl\":\"rtmp://127.0.0.1/live/{stream}\",\"outputUrl\":\"rtmp://127.0.0.1/mix/{stream}\"},"
                + "\"users\":[{\"id\":\"alice\",\"passwordHash\":\"" + HASH + "\",\"streamId\":\"alice_cam\"}]}");

        assertEquals(new ListenAddress("::1", 0), config.listen());
        assertEquals("http://[::1]:4567", config.listen().url(4567));
        assertEquals(Duration.ofMinutes(30), config.tokenLifetime());
        assertEquals(OptionalLong.of(8888), config.tencent().bizId());
        assertEquals("show", config.tencent().app());
        assertEquals("k4", config.tencent().callbackKey().orElseThrow().value());
        assertEquals(Duration.ofHours(48), config.tencent().urlLifetime());
        assertEquals("rtmp://127.0.0.1/live/bob", config.mixer().orElseThrow().input("bob"));
        assertEquals("alice_cam", config.streamOf("alice"));
    }

    @Test
    void eachProblemNamesItsKeyAndTheRemedy() {
        assertProblem("unknown key 'tencnt'; known keys: listen, mixer, tencent, tokenLifetimeMinutes, users",
                MINIMAL.replace("{\"tencent\"", "{\"tencnt\":{},\"tencent\""));
        assertProblem("unknown key 'tencent.pushdomain'; known keys in tencent: apiKey, app, appId, bizId,"
                + " callbackKey, mixEndpoint, playDomain, playKey, pushDomain, pushKey, urlLifetimeHours",
                MINIMAL.replace("\"appId\"", "\"pushdomain\":\"x\",\"appId\""));
        assertProblem("tencent.pushKey reads the environment variable COANCHOR_PUSH_KEY, which is not set; set it or"
                + " write the secret itself", MINIMAL, Map.of());
        assertProblem("tencent.appId must be a whole number from 1 to 4294967295",
                MINIMAL.replace("1234", "\"1234\""));
        assertProblem("tencent.playDomain: domain 'play example' is not a host name; give a host name or a base"
                + " such as rtmp://127.0.0.1:1935", MINIMAL.replace("play.example.com", "play example"));
        assertProblem("listen: 'localhost' is not HOST:PORT, such as 127.0.0.1:8090",
                MINIMAL.replace("{\"tencent\"", "{\"listen\":\"localhost\",\"tencent\""));
        assertProblem("users[0].passwordHash is not a password hash of the form pbkdf2-sha256$ITERATIONS$SALT$HASH;"
                + " make one with 'coanchor serve --hash-password'", MINIMAL.replace(HASH, "secret"));
        assertProblem("users must hold 1 to 10000 entries, has 0",
                MINIMAL.replaceAll("\\[.*]", "[]"));
        assertProblem("users[1].id repeats the user ID 'alice'; IDs are unique",
                MINIMAL.replace("}]}", "},{\"id\":\"alice\",\"passwordHash\":\"" + HASH + "\"}]}"));
        assertProblem("users[1].streamId repeats the stream 'alice' of another user; each user pushes a stream of"
                + " its own", MINIMAL.replace("}]}", "},{\"id\":\"bob\",\"streamId\":\"alice\",\"passwordHash\":\""
                + HASH + "\"}]}"));
        assertProblem("tencent.mixEndpoint must be an http:// or https:// URL without a query, such as"
                + " http://fcgi.video.qcloud.com/common_access",
                MINIMAL.replace("\"appId\"", "\"mixEndpoint\":\"ftp://x\",\"appId\""));
        assertProblem("mixer.inputUrl must be an rtmp:// URL holding {stream}, such as"
                + " rtmp://127.0.0.1:1935/live/{stream}", MINIMAL.replace("{\"tencent\"",
                "{\"mixer\":{\"inputUrl\":\"rtmp://h/live/x\",\"outputUrl\":\"rtmp://h/mix/{stream}\"},\"tencent\""));
        assertProblem("the file is not valid JSON at line 1, column 2", "{,}");
        assertProblem("the file has the key 'users' twice", MINIMAL.replace("{\"tencent\"", "{\"users\":[],\"tencent\""));
    }

    @Test
    void theMixerNeedsTheApiKeyAnOutputApartFromItsInputsAndAnEncoderThereIs() {
        String mixer = "{\"mixer\":{\"inputUrl\":\"rtmp://h/live/{stream}\","
                + "\"outputUrl\":\"rtmp://h/mix/{stream}\"},\"tencent\"";
        String withApiKey = MINIMAL.replace("\"appId\"", "\"apiKey\":\"k3\",\"appId\"");
        String x264 = mixer.replace("\"},", "\",\"encoder\":\"x264\"},");

        assertEquals(EncoderChoice.AUTO, parse(withApiKey.replace("{\"tencent\"", mixer)).mixer().orElseThrow()
                .encoder());
        assertEquals(EncoderChoice.X264, parse(withApiKey.replace("{\"tencent\"", x264)).mixer().orElseThrow()
                .encoder());
        assertProblem("mixer needs tencent.apiKey, which signs the mix requests it takes: add one, or remove mixer",
                MINIMAL.replace("{\"tencent\"", mixer));
        assertProblem("mixer.outputUrl is the same as mixer.inputUrl: a mix named after its primary would be published"
                + " over the primary's own stream; point outputUrl at another application, e.g."
                + " rtmp://HOST/mix/{stream}", withApiKey.replace("{\"tencent\"", mixer.replace("/mix/", "/live/")));
        assertProblem("mixer.encoder: unknown encoder 'fast'; valid values: AUTO, X264, OPENH264, NVENC, QSV, MF,"
                + " VIDEOTOOLBOX", withApiKey.replace("{\"tencent\"", x264.replace("x264", "fast")));
    }

    @Test
    void fileProblemsNameTheFile() throws IOException {
        Path missing = folder.resolve("missing.json");
        assertEquals("config " + missing + " does not exist; write one like packaging/backend.example.json",
                assertThrows(ConfigException.class, () -> BackendConfigFile.read(missing, Map.of())).getMessage());

        Path broken = Files.writeString(folder.resolve("broken.json"), MINIMAL.replace("plain-key", "env:NOPE"));
        assertEquals("config " + broken + ": tencent.playKey reads the environment variable NOPE, which is not set;"
                + " set it or write the secret itself", assertThrows(ConfigException.class,
                () -> BackendConfigFile.read(broken, ENVIRONMENT)).getMessage());
    }

    @Test
    void problemMessagesNeverQuoteASecret() {
        String written = MINIMAL.replace("\"plain-key\"", "[\"plain-key\"]");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> parse(written));

        assertEquals("tencent.playKey must be a string", error.getMessage());
    }

    private static BackendConfig parse(String json) {
        return BackendConfigFile.parse(json.getBytes(StandardCharsets.UTF_8), ENVIRONMENT);
    }

    private static void assertProblem(String message, String json) {
        assertProblem(message, json, ENVIRONMENT);
    }

    private static void assertProblem(String message, String json, Map<String, String> environment) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BackendConfigFile.parse(json.getBytes(StandardCharsets.UTF_8), environment));
        assertEquals(message, error.getMessage());
    }
}
