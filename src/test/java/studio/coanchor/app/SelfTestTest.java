package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SelfTestTest {

    @Test
    void everyCheckRunsForRealAndTheVerdictIsExitCodeZero() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CoanchorCommand.commandLine(new CoanchorCommand(() -> {
            throw new AssertionError("the self-test must not open the studio window");
        }));
        commandLine.setOut(new PrintWriter(out, true));

        int exitCode = commandLine.execute("--self-test");

        List<String> lines = out.toString().lines().toList();
        assertEquals(0, exitCode, out::toString);
        assertTrue(lines.get(0).startsWith("SELF-TEST CoAnchor Studio "), out::toString);
        assertTrue(lines.get(1).startsWith("CHECK encoders ok H.264 encoders that open: ")
                && lines.get(1).contains("x264"), out::toString);
        assertTrue(lines.get(2).matches("CHECK push ok \\d+ pictures 960x540 \\(h264\\) and \\d\\.\\d s of 48000 Hz"
                + " sound \\(aac\\) decoded back from rtmp://127\\.0\\.0\\.1:\\d+/live/self-test .*"), out::toString);
        assertTrue(lines.get(3).matches("CHECK backend ok started on http://127\\.0\\.0\\.1:\\d+, logged \\S+ in and"
                + " signed a push URL, stopped .*"), out::toString);
        assertEquals("SELF-TEST passed: all 3 checks", lines.get(4));
        assertFalse(out.toString().contains("txSecret"), "a signed URL is never printed: " + out);
    }

    @Test
    void oneFailedOrBrokenCheckFailsTheWholeTestAndTheOthersStillRun() {
        StringWriter out = new StringWriter();
        SelfCheck refusing = new Fixed("refusing", CheckOutcome.failed("nothing works here"));
        SelfCheck broken = new SelfCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public CheckOutcome run() {
                throw new IllegalStateException("the check itself broke");
            }
        };
        SelfCheck fine = new Fixed("fine", CheckOutcome.passed("all good"));

        int exitCode = new SelfTest(List.of(refusing, broken, fine)).run(new PrintWriter(out));

        assertEquals(1, exitCode);
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("CHECK refusing FAILED nothing works here", "CHECK broken FAILED the check itself broke",
                "CHECK fine ok all good", "SELF-TEST failed: refusing, broken (2 of 3 checks)"),
                lines.subList(1, lines.size()));
    }

    @Test
    void theOptionIsDescribedInTheHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CoanchorCommand.commandLine(new CoanchorCommand(() -> {
            throw new AssertionError("help must not open the studio window");
        }));
        commandLine.setOut(new PrintWriter(out, true));

        assertEquals(0, commandLine.execute("--help"));
        assertTrue(out.toString().contains("--self-test"), out::toString);
    }

    private record Fixed(String name, CheckOutcome outcome) implements SelfCheck {
        @Override
        public CheckOutcome run() {
            return outcome;
        }
    }
}
