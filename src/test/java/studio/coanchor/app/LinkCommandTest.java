package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import studio.coanchor.testkit.CoanchorBackend;
import studio.coanchor.testkit.NginxRtmp;
import studio.coanchor.testkit.RealTime;

/** Two headless anchors link up through the real backend and nginx-rtmp, and each decodes the other's stream. */
@RealTime
class LinkCommandTest {
    private static final Pattern PEER_FPS = Pattern.compile("^PEER (\\w+) STATUS fps=(\\d+)");

    @Test
    void twoAnchorsLinkAndEachPlaysTheOther() throws Exception {
        try (NginxRtmp nginx = NginxRtmp.start();
             CoanchorBackend backend = CoanchorBackend.start(nginx.rtmpUrl("live").replace("/live", ""),
                     Duration.ofSeconds(10))) {
            Anchor alice = new Anchor("alice");
            CompletableFuture<Integer> owner = alice.run(backend, "--accept-all", "--duration", "14s");
            alice.awaitLine("LINK joined alice", Duration.ofSeconds(10));
            Anchor bob = new Anchor("bob");
            CompletableFuture<Integer> coAnchor = bob.run(backend, "--room", "alice", "--request",
                    "--duration", "10s");

            assertEquals(0, coAnchor.get(30, TimeUnit.SECONDS), bob.output());
            assertEquals(0, owner.get(30, TimeUnit.SECONDS), alice.output());

            assertTrue(alice.has("LINK request_received bob"), alice.output());
            assertTrue(alice.has("LINK role - pushing as main"), alice.output());
            assertTrue(alice.has("PEER bob EVENT 2004 PLAY_EVT_PLAY_BEGIN"), alice.output());
            assertTrue(alice.has("LINK mix - column:bob code=0"), alice.output());
            assertTrue(bob.has("LINK accepted alice"), bob.output());
            assertTrue(bob.has("LINK role - pushing as sub"), bob.output());
            assertTrue(bob.has("PEER alice EVENT 2004 PLAY_EVT_PLAY_BEGIN"), bob.output());
            assertTrue(alice.bestPeerFps("bob") >= 12, alice.output());
            assertTrue(bob.bestPeerFps("alice") >= 12, bob.output());
            assertTrue(alice.has("LINK role - pushing as solo"), "alice returns to her own preset when bob leaves:\n"
                    + alice.output());
            assertEquals(2, backend.mixCalls().size(), "one mix when bob plays, one end when he leaves");
        }
    }

    @Test
    void badOptionsAreOneLineErrors() {
        Anchor carol = new Anchor("carol");
        assertEquals(2, carol.execute("--backend", "http://127.0.0.1:9", "--user", "carol", "--password", "p",
                "--request"));
        assertEquals("coanchor link: --request asks another room's owner: give --room OWNER (see 'coanchor link"
                + " --help')", carol.errorLine());
        assertEquals(2, carol.execute("--backend", "ftp://x", "--user", "carol", "--password", "p"));
        assertTrue(carol.errorLine().contains("Invalid value for option '--backend': 'ftp://x'"), carol.errorLine());
        assertEquals(2, carol.execute("--backend", "http://127.0.0.1:9", "--user", "carol", "--password", "p",
                "--quality", "ULTRA"));
        assertTrue(carol.errorLine().contains("Invalid value for option '--quality'"), carol.errorLine());
    }

    @Test
    void anUnreachableBackendIsExplained() {
        Anchor dave = new Anchor("dave");
        assertEquals(1, dave.execute("--backend", "http://127.0.0.1:9", "--user", "dave", "--password", "p"));
        assertTrue(dave.errorLine().startsWith("could not log in as dave: cannot reach the backend at http://127.0.0.1:9"), dave.errorLine());
    }

    /** One anchor's command line, with its own output. */
    private static final class Anchor {
        private final String name;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream runErr = new ByteArrayOutputStream();
        private final StringWriter err = new StringWriter();

        Anchor(String name) {
            this.name = name;
        }

        CompletableFuture<Integer> run(CoanchorBackend backend, String... options) {
            String[] args = concat(List.of("--backend", backend.uri().toString(), "--user", name,
                    "--password-stdin", "--source", "test", "--audio", "tone", "--no-speaker"), options);
            return CompletableFuture.supplyAsync(() -> executeWithStdin(CoanchorBackend.password(name), args));
        }

        int execute(String... args) {
            return executeWithStdin("", args);
        }

        private int executeWithStdin(String stdin, String... args) {
            err.getBuffer().setLength(0);
            PrintStream lines = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream errors = new PrintStream(runErr, true, StandardCharsets.UTF_8);
            CommandLine commandLine = CoanchorCommand.commandLine(new CoanchorCommand(() -> {
                throw new AssertionError("the studio window must not open in these tests");
            }), new LinkCommand(request -> new LinkRunner().run(request, lines, errors), name -> null,
                    new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8))));
            commandLine.setErr(new PrintWriter(err, true));
            return commandLine.execute(concat(List.of("link"), args));
        }

        void awaitLine(String prefix, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!has(prefix)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no '" + prefix + "' from " + name + " within " + patience + ":\n"
                            + output());
                }
                Thread.sleep(50);
            }
        }

        boolean has(String prefix) {
            return output().lines().anyMatch(line -> line.startsWith(prefix));
        }

        int bestPeerFps(String peer) {
            return output().lines().map(PEER_FPS::matcher).filter(Matcher::find)
                    .filter(match -> match.group(1).equals(peer))
                    .mapToInt(match -> Integer.parseInt(match.group(2))).max().orElse(0);
        }

        String output() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String errorLine() {
            String text = err + runErr.toString(StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        }

        private static String[] concat(List<String> first, String... rest) {
            String[] all = Arrays.copyOf(first.toArray(new String[0]), first.size() + rest.length);
            System.arraycopy(rest, 0, all, first.size(), rest.length);
            return all;
        }
    }
}
