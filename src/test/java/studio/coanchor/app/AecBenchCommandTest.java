package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import studio.coanchor.audio.EchoPath;

class AecBenchCommandTest {
    private final List<EchoPath> paths = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int execute(Function<EchoPath, Integer> runner, String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        CommandLine commandLine = CoanchorCommand.commandLine(root,
                BenchCommand.with(new LatencyBenchCommand(request -> 0), new AecBenchCommand(runner)));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int execute(String... args) {
        return execute(path -> {
            paths.add(path);
            return 0;
        }, args);
    }

    @Test
    void theEchoPathDefaultsTo60MsAnd10Db() {
        assertEquals(0, execute("bench", "aec"));
        assertEquals(List.of(new EchoPath(60, 10)), paths);

        assertEquals(0, execute("bench", "aec", "--delay", "30ms", "--attenuation", "6.5"));
        assertEquals(new EchoPath(30, 6.5), paths.get(1));
    }

    @ParameterizedTest
    @CsvSource({"--delay,900ms", "--delay,soon", "--attenuation,70", "--attenuation,-1", "--attenuation,loud"})
    void aBadValueIsOneLineNamingOptionAndValue(String option, String value) {
        OneLineError.assertRefused(execute("bench", "aec", option, value), err.toString(), option, value);
        assertTrue(paths.isEmpty());
    }

    @Test
    void theBenchPrintsOneRowPerSettingAndTheVerdict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertEquals(0, execute(path -> new AecBench(out).run(path), "bench", "aec", "--delay", "40ms"));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("40 ms later and 10 dB quieter"), lines.get(0));
        assertEquals(List.of("off", "aec", "aec+ns", "aec+ns+agc"),
                lines.subList(2, 6).stream().map(line -> line.split("\\s+")[0]).toList());
        double erle = Double.parseDouble(lines.get(3).split("\\s+")[1]);
        assertTrue(erle > 15, "echo cancellation reduces the echo by more than 15 dB: " + lines);
        assertTrue(lines.get(6).endsWith(": met") || lines.get(6).endsWith(": missed"), lines.get(6));
    }
}
