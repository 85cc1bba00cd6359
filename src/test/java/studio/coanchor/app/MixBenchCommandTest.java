package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.app.OneLineError.assertRefused;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;

class MixBenchCommandTest {
    private final List<MixBenchRequest> benches = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        CommandLine commandLine = CoanchorCommand.commandLine(root, BenchCommand.with(new MixBenchCommand(request -> {
            benches.add(request);
            return 0;
        })));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theBenchTakesAnRtmpApplicationTwentySecondsAndOneRoundUnlessToldOtherwise() {
        assertEquals(0, execute("bench", "mix", "--server", "rtmp://127.0.0.1:1935/live/"));
        assertEquals(0, execute("bench", "mix", "--server", "rtmp://127.0.0.1:1935/live", "--duration", "1m",
                "--rounds", "3"));

        assertEquals(List.of(new MixBenchRequest("rtmp://127.0.0.1:1935/live", Duration.ofSeconds(20), 1),
                new MixBenchRequest("rtmp://127.0.0.1:1935/live", Duration.ofMinutes(1), 3)), benches);
        assertEquals("", err.toString());
    }

    @Test
    void badValuesAreRefusedInOneLine() {
        assertRefused(execute("bench", "mix", "--server", "rtmp://127.0.0.1:1935/live/stream"), err.toString(),
                "--server", "rtmp://127.0.0.1:1935/live/stream");
        err.getBuffer().setLength(0);
        assertRefused(execute("bench", "mix", "--server", "rtmp://h/live", "--duration", "2s"), err.toString(),
                "--duration", "2s");
        err.getBuffer().setLength(0);
        assertRefused(execute("bench", "mix", "--server", "rtmp://h/live", "--rounds", "0"), err.toString(),
                "--rounds", "0");
        err.getBuffer().setLength(0);
        assertEquals(2, execute("bench", "mix"));
        assertTrue(err.toString().contains("--server rtmp://HOST"), err::toString);
        assertTrue(benches.isEmpty());
    }

    @Test
    void theCliMixesTheSameLayoutWithOverlaysInLayerOrderAndAddsEverySound() {
        PictureSize portrait = new PictureSize(540, 960);
        Layout column = StandardPreset.COLUMN.arrange(portrait, List.of("a", "b", "c", "d"), MixScheme.CLASSIC);

        assertEquals("[0:v]scale=540:960[m1];"
                + "[1:v]scale=160:240[b2];[m1][b2]overlay=380:630[m2];"
                + "[2:v]scale=160:240[b3];[m2][b3]overlay=380:390[m3];"
                + "[3:v]scale=160:240[b4];[m3][b4]overlay=380:150[m4];"
                + "[m4]format=yuv420p[v];[0:a][1:a][2:a][3:a]amix=inputs=4:normalize=0[a]", CliMix.graph(column));
        assertEquals("[0:v]scale=540:960[m1];[1:v]scale=100:50[b2];[m1][b2]overlay=7:9[m2];[m2]format=yuv420p[v];"
                + "[0:a][1:a]amix=inputs=2:normalize=0[a]", CliMix.graph(Layout.of(portrait,
                Box.primary("a", portrait), Box.of("b", 2, 7, 9, 100, 50))));
    }
}
