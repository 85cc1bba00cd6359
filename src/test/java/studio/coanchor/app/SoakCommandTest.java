package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import studio.coanchor.testkit.NginxRtmp;

class SoakCommandTest {
    private final List<SoakRequest> requests = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        CommandLine commandLine = CoanchorCommand.commandLine(root, BenchCommand.with(new SoakCommand(request -> {
            requests.add(request);
            return 0;
        })));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void thirtyMinutesByDefaultWithAQuarterOfWarmUpAtMostFiveMinutes() {
        assertEquals(0, execute("bench", "soak", "--server", "rtmp://127.0.0.1:1935/live/"));
        SoakRequest request = requests.get(0);
        assertEquals("rtmp://127.0.0.1:1935/live", request.server());
        assertEquals(Duration.ofMinutes(30), request.duration());
        assertEquals(Duration.ofMinutes(5), request.warmUp());
        assertEquals(Duration.ofSeconds(30), new SoakRequest("rtmp://h/live", Duration.ofMinutes(2)).warmUp());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--server, http://127.0.0.1/live", "--server, rtmp://127.0.0.1/live/stream", "--duration, 30s",
            "--duration, 25h"})
    void aBadValueIsOneLineNamingOptionAndValue(String option, String value) {
        List<String> args = new ArrayList<>(List.of("bench", "soak", option, value));
        if (!option.equals("--server")) {
            args.addAll(List.of("--server", "rtmp://127.0.0.1/live"));
        }
        OneLineError.assertRefused(execute(args.toArray(String[]::new)), err.toString(), option, value);
        assertTrue(requests.isEmpty());
    }

    @Test
    void withoutAServerItSaysWhatToGive() {
        assertEquals(2, execute("bench", "soak"));
        assertTrue(err.toString().contains("--server rtmp://HOST[:PORT]/APP"), err::toString);
    }

    /**
     * Two minutes of the real command, in a JVM of its own with a fixed, pre-touched heap so that the heap's own
     * growth does not pass for a leak. The heap after a full collection must not grow, nor the picture drift from the
     * sound. Two minutes are too short to judge the resident set, whose own warm-up (compiled code, allocator arenas)
     * outlasts the 30 s left out here; its trend is printed, and the 30-minute benchmark judges it.
     */
    @Test
    @Timeout(240)
    void twoMinutesThroughNginxLeaveTheHeapFlatAndTheSoundWithThePicture() throws Exception {
        try (NginxRtmp nginx = NginxRtmp.start()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process soak = new ProcessBuilder(java.toString(), "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "bench", "soak", "--server",
                    nginx.rtmpUrl("live"), "--duration", "2m")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(soak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(soak.waitFor(30, TimeUnit.SECONDS), "the soak ends on its own");
            System.out.println(output);
            Map<String, String> result = result(output);
            double heap = Double.parseDouble(result.get("heap_mb_per_10min"));
            double heapError = Double.parseDouble(result.get("heap_error"));
            assertTrue(heap + 2 * heapError < SoakBench.GROWTH_TARGET_MB_PER_10_MIN,
                    "post-collection heap under 1 MB per 10 min, with two standard errors: " + output);
            assertTrue(Integer.parseInt(result.get("av_drift_ms")) < SoakBench.DRIFT_TARGET_MS, output);
            assertTrue(Integer.parseInt(result.get("samples")) >= 15, "a reading every 5 s after warm-up: " + output);
            assertEquals("0", result.get("push_drops"), "a local push drops nothing: " + output);
        }
    }

    private static Map<String, String> result(String output) throws IOException {
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IOException("no RESULT line in:\n" + output));
        Map<String, String> figures = new HashMap<>();
        for (String pair : line.substring("RESULT ".length()).split(" ")) {
            String[] parts = pair.split("=", 2);
            figures.put(parts[0], parts[1]);
        }
        return figures;
    }
}
