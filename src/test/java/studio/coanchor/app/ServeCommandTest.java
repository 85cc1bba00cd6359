package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import studio.coanchor.server.Backend;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.RoomDirectory;
import studio.coanchor.server.RouteInstaller;

class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Backend> started = new ArrayList<>();
    private final List<Integer> healthWhileRunning = new ArrayList<>();

    @TempDir
    Path folder;

    private int execute(String stdin, String... args) {
        ServeCommand serve = new ServeCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                Map.of("COANCHOR_PUSH_KEY", "push-key-from-env"),
                config -> {
                    Backend backend = new Backend(config, new NoRooms(), RouteInstaller.NONE);
                    started.add(backend);
                    return backend;
                },
                backend -> healthWhileRunning.add(health(backend.port())));
        CommandLine commandLine = CoanchorCommand.commandLine(new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        }), serve);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void hashPasswordPrintsAHashOfTheLineOnStandardInput() {
        assertEquals(0, execute("s3cret pass\n", "--hash-password"), err::toString);

        PasswordHash hash = PasswordHash.parse(out.toString().strip());
        assertTrue(out.toString().startsWith("pbkdf2-sha256$600000$"), out.toString());
        assertTrue(hash.matches("s3cret pass".toCharArray()));
        assertEquals("", err.toString());
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertEquals(2, execute("", "--hash-password"));

        assertEquals("coanchor serve: the password is empty; type one (or pipe one line into standard input)"
                + " (see 'coanchor serve --help')", err.toString().strip());
    }

    @Test
    void runsTheBackendFromItsConfigurationUntilStopped() throws IOException {
        Path config = Files.writeString(folder.resolve("backend.json"), config("127.0.0.1:0"));

        assertEquals(0, execute("", "--config", config.toString()), err::toString);

        assertEquals(List.of(200), healthWhileRunning);
        assertThrows(IllegalStateException.class, started.get(0)::port, "stopped after its lifetime");
    }

    @Test
    void aConfigurationProblemIsOneLineNamingTheKey() throws IOException {
        Path config = Files.writeString(folder.resolve("backend.json"),
                config("127.0.0.1:0").replace("\"appId\":1234", "\"appId\":-1"));

        assertEquals(2, execute("", "--config", config.toString()));

        assertEquals("coanchor serve: config " + config + ": tencent.appId must be a whole number from 1 to"
                + " 4294967295 (see 'coanchor serve --help')", err.toString().strip());
        assertEquals(List.of(), started);
    }

    @Test
    void aPortInUseIsOneLineAndExitCodeOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path config = Files.writeString(folder.resolve("backend.json"),
                    config("127.0.0.1:" + taken.getLocalPort()));

            assertEquals(1, execute("", "--config", config.toString()));

            assertEquals("coanchor serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use or not this machine's", err.toString().strip());
        }
    }

    @Test
    void eitherConfigOrHashPassword() {
        assertEquals(2, execute(""));
        assertEquals(2, execute("pw\n", "--hash-password", "--config", "x.json"));
        assertEquals(2, err.toString().lines().count());
        assertTrue(err.toString().startsWith("coanchor serve: give --config FILE to run the backend, or"
                + " --hash-password to make a password hash (not both)"), err::toString);
    }

    private static String config(String listen) {
        String hash = PasswordHash.create("pw".toCharArray(), 1000, new SecureRandom()).encoded();
        return "{\"listen\":\"" + listen + "\",\"tencent\":{\"appId\":1234,\"pushDomain\":\"rtmp://127.0.0.1:1935\","
                + "\"playDomain\":\"rtmp://127.0.0.1:1935\",\"pushKey\":\"env:COANCHOR_PUSH_KEY\","
                + "\"playKey\":\"play-key\"},\"users\":[{\"id\":\"alice\",\"passwordHash\":\"" + hash + "\"}]}";
    }

    private static int health(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final class NoRooms implements RoomDirectory {
        @Override
        public java.util.Set<String> linkedWith(String userId) {
            return java.util.Set.of();
        }

        @Override
        public List<studio.coanchor.server.RoomView> rooms() {
            return List.of();
        }
    }
}
