package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class UrlCommandTest {
    private static final String KEY = "e12c46f2612d5106e2034781ab261ca3";
    /** Twenty hours before the SPEC vector's txTime 5C271099 (2018-12-29T06:13:45Z). */
    private static final Instant NOW = Instant.parse("2018-12-28T10:13:45Z");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        List<String> all = new ArrayList<>(List.of("url"));
        all.addAll(List.of(args));
        CommandLine commandLine = CoanchorCommand.commandLine(new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        }), new UrlCommand(Clock.fixed(NOW, ZoneOffset.UTC), Map.of("PUSH_KEY", KEY)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void pushUrlOfTheSpecVector() {
        int exitCode = execute("push", "--domain", "8888.livepush.myqcloud.com", "--stream", "test", "--key", KEY,
                "--txtime", "5C271099");

        assertEquals(0, exitCode, err::toString);
        assertEquals("push rtmp://8888.livepush.myqcloud.com/live/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe"
                + "&txTime=5C271099" + System.lineSeparator(), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void playUrlsInEveryFormLabelled() {
        int exitCode = execute("play", "--domain", "rtmp://127.0.0.1:1935", "--app", "live", "--stream", "test",
                "--key", KEY, "--txtime", "5c271099", "--bizid", "8888");

        assertEquals(0, exitCode, err::toString);
        String signature = "txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099";
        assertEquals(List.of(
                "rtmp rtmp://127.0.0.1:1935/live/test?" + signature,
                "flv  http://127.0.0.1/live/test.flv?" + signature,
                "hls  http://127.0.0.1/live/test.m3u8?" + signature,
                "acc  rtmp://127.0.0.1:1935/live/test?bizid=8888&" + signature), out.toString().lines().toList());
    }

    @Test
    void theDefaultExpiryIsADayAndTheKeyMayComeFromTheEnvironment() {
        assertEquals(0, execute("push", "--domain", "push.example.com", "--stream", "s1", "--key", "env:PUSH_KEY"));

        String expected = Long.toHexString(NOW.plusSeconds(24 * 3600).getEpochSecond()).toUpperCase();
        assertTrue(out.toString().contains("&txTime=" + expected), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aShortExpiryIsWarnedOnStandardError() {
        assertEquals(0, execute("push", "--domain", "push.example.com", "--stream", "s1", "--key", KEY,
                "--expires", "2h"));

        assertEquals("warning: the URL expires in 2 h 0 min (at 2018-12-28T12:13:45Z); a push cannot resume after a"
                + " drop once its URL has expired, so sign for at least 12 h", err.toString().strip());
        assertEquals(1, out.toString().lines().count());
    }

    @Test
    void recordingParametersGoOnThePushUrl() {
        assertEquals(0, execute("push", "--domain", "push.example.com", "--stream", "s1", "--key", KEY,
                "--record", "mp4|flv", "--record-interval", "3600", "--record-audio-only"));

        assertTrue(out.toString().strip().endsWith("&record=mp4%7Cflv&record_interval=3600&record_type=audio"),
                out.toString());
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of(List.of("pull", "--domain", "d", "--stream", "s", "--key", KEY),
                        "Invalid value for push|play: 'pull' is neither push nor play"),
                Arguments.of(List.of("push", "--domain", "bad host", "--stream", "s", "--key", KEY),
                        "Invalid value for --domain: domain 'bad host' is not a host name"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "a b", "--key", KEY),
                        "Invalid value for --app/--stream: stream name 'a b' may hold only letters"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--txtime", "soon"),
                        "Invalid value for --txtime: txTime 'soon' is not Unix seconds in hex"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--txtime", "5C000000"),
                        "Invalid value for --txtime: the URL expired at 2018-11-29T15:04:32Z (txTime 5C000000)"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--expires", "0"),
                        "Invalid value for --expires: the URL expired at"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--expires", "2h",
                        "--txtime", "5C271099"), "--expires=TIME, --txtime=HEX are mutually exclusive"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--record", "avi"),
                        "Invalid value for --record: record format 'avi' is not one of mp4, hls, flv"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--record", "mp4",
                        "--record-interval", "9000"), "Invalid value for --record: record interval 9000 s is out of"
                        + " range; use 60 to 7200 seconds (default 1800)"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--record", "hls",
                        "--record-interval", "1800"), "a record interval applies to mp4 and flv recordings only"),
                Arguments.of(List.of("play", "--domain", "d", "--stream", "s", "--key", KEY, "--record", "mp4"),
                        "Invalid value for --record: recording is asked on a push URL; use it with 'url push'"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", KEY, "--bizid", "8888"),
                        "Invalid value for --bizid: applies to play URLs only"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s", "--key", "env:NOT_SET"),
                        "Invalid value for --key: --key reads the environment variable NOT_SET, which is not set"),
                Arguments.of(List.of("push", "--domain", "d", "--stream", "s"), "Missing required option: '--key=KEY'"));
    }

    @ParameterizedTest
    @MethodSource("badCommandLines")
    void aBadValueIsOneLineAndExitCodeTwo(List<String> args, String message) {
        int exitCode = execute(args.toArray(String[]::new));

        assertEquals(2, exitCode);
        assertEquals("", out.toString());
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("coanchor url: "), err::toString);
        assertTrue(err.toString().contains(message), err::toString);
        assertFalse(err.toString().contains(KEY), "the key is never shown");
    }
}
