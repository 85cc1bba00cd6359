package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import studio.coanchor.testkit.HttpStreamServer;
import studio.coanchor.testkit.NginxRtmp;

class PlayCommandTest {
    private static final String URL = "rtmp://127.0.0.1:1935/live/anchor";

    private final List<PlayRequest> plays = new ArrayList<>();
    private final List<LatencyBenchRequest> benches = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int execute(String... args) {
        return execute(request -> {
            plays.add(request);
            return 0;
        }, request -> {
            benches.add(request);
            return 0;
        }, args);
    }

    private int execute(Function<PlayRequest, Integer> play, Function<LatencyBenchRequest, Integer> bench,
                        String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        CommandLine commandLine = CoanchorCommand.commandLine(root, new PushCommand(request -> 0),
                new DevicesCommand(), new PlayCommand(play), BenchCommand.with(new LatencyBenchCommand(bench)));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aUrlAloneIsAnAutoPlayWithSoundUntilTheStreamEnds() {
        assertEquals(0, execute("play", URL));

        assertEquals(List.of(new PlayRequest(URL, "auto", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false)), plays);
        assertEquals("", err.toString());
    }

    @Test
    void everyOptionReachesTheRequest() {
        Path snapshot = folder.resolve("last.PNG");

        assertEquals(0, execute("play", "https://play.example.com/live/anchor.m3u8?txSecret=abc", "--mode", "AUTO",
                "--min-cache", "2s", "--max-cache", "8s", "--duration", "20s", "--snapshot", snapshot.toString(),
                "--latency", "--no-audio"), err::toString);

        PlayRequest request = plays.get(0);
        assertEquals(new PlayRequest("https://play.example.com/live/anchor.m3u8?txSecret=abc", "auto",
                Optional.of(Duration.ofSeconds(2)), Optional.of(Duration.ofSeconds(8)),
                Optional.of(Duration.ofSeconds(20)), Optional.of(snapshot), true, true), request);
        assertEquals(Duration.ofSeconds(8), request.options().delay().maxCache());
        assertFalse(request.options().speaker());
    }

    @Test
    void everyModeIsAccepted() {
        for (String mode : List.of("acc", "speedy", "smooth", "Auto")) {
            assertEquals(0, execute("play", URL, "--mode", mode), err::toString);
        }
        assertEquals(List.of("acc", "speedy", "smooth", "auto"), plays.stream().map(PlayRequest::mode).toList());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("URL", "ftp://127.0.0.1/live/anchor.flv", List.<String>of()),
                Arguments.of("URL", "rtmp://127.0.0.1/live", List.<String>of()),
                Arguments.of("URL", "show.flv", List.<String>of()),
                Arguments.of("--mode", "fast", List.<String>of()),
                Arguments.of("--min-cache", "50ms", List.of("--mode", "auto")),
                Arguments.of("--max-cache", "31s", List.of("--mode", "auto")),
                Arguments.of("--min-cache", "soon", List.of("--mode", "auto")),
                Arguments.of("--duration", "0s", List.<String>of()),
                Arguments.of("--snapshot", "/no/such/folder/last.png", List.<String>of()),
                Arguments.of("--snapshot", "last.jpg", List.<String>of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badValues")
    void aBadValueIsOneLineNamingWhatWasWrong(String option, String value, List<String> more) {
        List<String> args = new ArrayList<>(List.of("play"));
        if (option.equals("URL")) {
            args.add(value);
        } else {
            args.addAll(List.of(URL, option, value));
        }
        args.addAll(more);

        int exitCode = execute(args.toArray(String[]::new));

        OneLineError.assertRefused(exitCode, err.toString(), option, value);
        assertTrue(plays.isEmpty());
    }

    @Test
    void cacheLimitsBelongToTheAutoModeOnly() {
        assertEquals(2, execute("play", URL, "--mode", "acc", "--max-cache", "3s"));
        assertTrue(err.toString().contains("--mode auto"), err::toString);
        assertEquals(1, err.toString().lines().count(), err::toString);
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        assertEquals(2, execute("play", URL, "--min-cache", "6s"));
        assertTrue(err.toString().contains("--min-cache") && err.toString().contains("--max-cache"), err::toString);
    }

    @Test
    void aMissingUrlOrServerIsNamed() {
        assertEquals(2, execute("play"));
        assertTrue(err.toString().contains("URL"), err::toString);

        err.getBuffer().setLength(0);
        assertEquals(2, execute("bench", "latency"));
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--server rtmp://HOST"), message);

        err.getBuffer().setLength(0);
        assertEquals(2, execute("bench"));
        assertTrue(err.toString().contains("bench latency"), err::toString);
        assertTrue(benches.isEmpty());
    }

    @Test
    void theBenchTakesAnRtmpServerAndApplicationOnly() {
        assertEquals(0, execute("bench", "latency", "--server", "rtmp://127.0.0.1:1935/live/", "--duration", "5s"));
        assertEquals(List.of(new LatencyBenchRequest("rtmp://127.0.0.1:1935/live", Duration.ofSeconds(5))), benches);
        for (String server : List.of("http://127.0.0.1/live", "rtmp://127.0.0.1:1935/live/stream", "rtmp://127.0.0.1")) {
            err.getBuffer().setLength(0);
            assertEquals(2, execute("bench", "latency", "--server", server), server);
            assertTrue(err.toString().contains("--server") && err.toString().contains(server), err::toString);
        }
    }

    @Test
    @Timeout(30)
    void aRealPlayPrintsEventsStatusLinesTheLatencyAndTheSnapshot() throws Exception {
        Path snapshot = folder.resolve("last.png");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (HttpStreamServer server = new HttpStreamServer(320, 240, 25, Duration.ofSeconds(3))) {
            int exitCode = execute(request -> new PlayRunner().run(request, out), request -> 1, "play",
                    server.flvUrl(), "--mode", "acc", "--latency", "--snapshot", snapshot.toString());

            String output = printed.toString(StandardCharsets.UTF_8);
            assertEquals(0, exitCode, output + err);
            assertTrue(output.lines().anyMatch(line -> line.matches(
                    "STATUS fps=\\d+ kbps=\\d+ buffer=\\d+ drop=\\d+ av=-?\\d+ latency=(\\d+|-)")), output);
            assertTrue(output.contains("EVENT 2004 PLAY_EVT_PLAY_BEGIN"), output);
            assertTrue(output.contains("EVENT 2006 PLAY_EVT_PLAY_END"), output);
            assertTrue(output.contains("EVENT 2010 PLAY_EVT_SNAPSHOT_RESULT"), output);
            String last = output.lines().reduce((first, second) -> second).orElseThrow();
            assertTrue(last.matches("LATENCY p50=\\d+ p95=\\d+ max=\\d+ frames=\\d+"), last);
            assertTrue(output.lines().allMatch(line -> line.startsWith("STATUS ") || line.startsWith("EVENT ")
                    || line.startsWith("LATENCY ")), "standard output carries only these lines: " + output);
            BufferedImage picture = ImageIO.read(snapshot.toFile());
            assertEquals(320, picture.getWidth());
            assertEquals(240, picture.getHeight());
        }
    }

    @Test
    @Timeout(20)
    void aPlayThatFailsExitsWith1() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (HttpStreamServer server = new HttpStreamServer(320, 240, 25, Duration.ofSeconds(1))) {
            int exitCode = execute(request -> new PlayRunner().run(request, out), request -> 1, "play",
                    server.pageUrl(), "--latency");

            String output = printed.toString(StandardCharsets.UTF_8);
            assertEquals(1, exitCode, output);
            assertTrue(output.contains("EVENT -2306 PLAY_ERR_GET_PLAYINFO_FAIL"), output);
            assertTrue(output.contains("LATENCY p50=- p95=- max=- frames=0"), output);
        }
    }

    @Test
    @Timeout(90)
    void theLatencyBenchMeasuresBothPairsThroughARealServer() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (NginxRtmp nginx = NginxRtmp.start()) {
            int exitCode = execute(request -> 1, request -> new LatencyBench(out).run(request), "bench", "latency",
                    "--server", nginx.rtmpUrl("live"), "--duration", "2s");

            String output = printed.toString(StandardCharsets.UTF_8);
            assertEquals(0, exitCode, output + err);
            assertTrue(output.lines().anyMatch(line -> line.matches(
                    "studio push \\+ play \\(ACC\\) +\\d+ +\\d+ +\\d+ +\\d+ +\\d+ +\\d+")), output);
            assertTrue(output.lines().anyMatch(line -> line.matches(
                    "ffmpeg CLI push \\+ pull +\\d+ +\\d+ +\\d+ +\\d+ +- +\\d+")), output);
            assertTrue(output.lines().anyMatch(line -> line.startsWith("studio / ffmpeg CLI")), output);
        }
    }
}
