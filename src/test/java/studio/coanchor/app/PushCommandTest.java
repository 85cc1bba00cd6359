package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.VideoSettings;

class PushCommandTest {
    private static final String URL = "rtmp://127.0.0.1:1935/live/test";

    private final List<PushRequest> requests = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private int runnerExitCode;

    @TempDir
    Path folder;

    private int execute(String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        PushCommand push = new PushCommand(request -> {
            requests.add(request);
            return runnerExitCode;
        });
        CommandLine commandLine = CoanchorCommand.commandLine(root, push, new DevicesCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void defaultsAreTheTestPatternAndToneInHdLandscape() {
        assertEquals(0, execute("push", "--url", URL));

        assertEquals(List.of(new PushRequest("test", "tone", "HD", "landscape", "auto", Optional.of(URL),
                Optional.empty(), Optional.empty(), false, 3, Duration.ofSeconds(3), PictureOverride.NONE,
                VoiceSwitches.AUTO, AutoBitrate.OFF)), requests);
        assertEquals("", err.toString());
    }

    @Test
    void everyOptionReachesTheRequestNormalised() {
        Path record = folder.resolve("show.flv");
        String url = "rtmps://push.example.com:443/live/anchor?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099";

        int exitCode = execute("push", "--source", "screen:0,0,1280,720", "--audio", "mic:2", "--quality", "game_hd",
                "--orientation", "Portrait", "--encoder", "X264", "--url", url, "--record", record.toString(),
                "--duration", "2m", "--latency-stamp", "--retry-count", "10", "--retry-interval", "30s",
                "--size", "1280x720", "--fps", "30", "--bitrate", "1800", "--aec", "ON", "--ns", "off",
                "--agc", "auto", "--auto-bitrate", "--min-bitrate", "300", "--max-bitrate", "2500");

        assertEquals(0, exitCode, err::toString);
        assertEquals(List.of(new PushRequest("screen:0,0,1280,720", "mic:2", "GAME_HD", "portrait", "x264",
                Optional.of(url), Optional.of(record), Optional.of(Duration.ofMinutes(2)), true, 10,
                Duration.ofSeconds(30), new PictureOverride(Optional.of("1280x720"), Optional.of(30),
                Optional.of(1800)), new VoiceSwitches(VoiceSwitches.Switch.ON, VoiceSwitches.Switch.OFF,
                VoiceSwitches.Switch.AUTO), new AutoBitrate(true, Optional.of(300), Optional.of(2500)))), requests);
    }

    @Test
    void recordingAloneNeedsNoUrl() {
        Path record = folder.resolve("out.mp4");

        assertEquals(0, execute("push", "--source", "camera:/dev/video0", "--audio", "none", "--record",
                record.toString()));

        PushRequest request = requests.get(0);
        assertEquals("camera:/dev/video0", request.source());
        assertEquals(Optional.empty(), request.url());
        assertEquals(Optional.of(record), request.record());
    }

    @Test
    void aMediaFileThatExistsIsASource() throws IOException {
        Path media = Files.createFile(folder.resolve("clip.mp4"));

        assertEquals(0, execute("push", "--source", "file:" + media, "--url", URL));

        assertEquals("file:" + media, requests.get(0).source());
    }

    @Test
    void theRunnersExitCodeIsTheCommandsExitCode() {
        runnerExitCode = 1;

        assertEquals(1, execute("push", "--url", URL, "--duration", "500ms"));
        assertEquals(Optional.of(Duration.ofMillis(500)), requests.get(0).duration());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("--source", "webcam"),
                Arguments.of("--source", "screen:0,0,0,720"),
                Arguments.of("--source", "screen:left"),
                Arguments.of("--source", "camera:"),
                Arguments.of("--source", "file:/no/such/clip.mp4"),
                Arguments.of("--audio", "loud"),
                Arguments.of("--audio", "mic:"),
                Arguments.of("--quality", "4K"),
                Arguments.of("--orientation", "sideways"),
                Arguments.of("--encoder", "amf"),
                Arguments.of("--url", "http://127.0.0.1/live/test"),
                Arguments.of("--url", "rtmp://127.0.0.1/live"),
                Arguments.of("--url", "rtmp:///live/test"),
                Arguments.of("--url", "rtmp://bad host/live/test"),
                Arguments.of("--record", "/no/such/folder/out.flv"),
                Arguments.of("--duration", "soon"),
                Arguments.of("--duration", "0s"),
                Arguments.of("--retry-count", "0"),
                Arguments.of("--retry-count", "11"),
                Arguments.of("--retry-count", "many"),
                Arguments.of("--retry-interval", "2s"),
                Arguments.of("--retry-interval", "31s"),
                Arguments.of("--retry-interval", "2500ms"),
                Arguments.of("--size", "1281x720"),
                Arguments.of("--size", "big"),
                Arguments.of("--fps", "120"),
                Arguments.of("--bitrate", "50"),
                Arguments.of("--aec", "maybe"),
                Arguments.of("--ns", "1"),
                Arguments.of("--agc", "yes"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badValues")
    void aBadValueIsOneLineNamingOptionAndValue(String option, String value) {
        List<String> args = new ArrayList<>(List.of("push", option, value));
        if (!option.equals("--url")) {
            args.addAll(List.of("--url", URL));
        }

        int exitCode = execute(args.toArray(String[]::new));

        OneLineError.assertRefused(exitCode, err.toString(), option, value);
        assertTrue(requests.isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--min-bitrate, 50", "--max-bitrate, 25000", "--min-bitrate, lots"})
    void aBitrateOutsideTheRangeIsRefused(String option, String value) {
        int exitCode = execute("push", "--url", URL, "--auto-bitrate", option, value);

        OneLineError.assertRefused(exitCode, err.toString(), option, value);
        assertTrue(requests.isEmpty());
    }

    @Test
    void aRangeUpsideDownIsRefused() {
        int exitCode = execute("push", "--url", URL, "--auto-bitrate", "--min-bitrate", "900", "--max-bitrate", "600");

        OneLineError.assertRefused(exitCode, err.toString(), "--min-bitrate", "900");
    }

    @Test
    void aRangeWithoutAutoBitrateSaysWhatIsMissing() {
        int exitCode = execute("push", "--url", URL, "--max-bitrate", "900");

        assertEquals(2, exitCode);
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--max-bitrate") && message.contains("--auto-bitrate"), message);
    }

    @Test
    void autoBitrateStartsAtThePresetInsideTheRangeAsked() {
        VideoSettings hd = QualityPreset.HD.settings(Orientation.LANDSCAPE);

        assertEquals(List.of(1200, 250, 1200), kbps(new AutoBitrate(true, Optional.of(250), Optional.empty())
                .applyTo(hd)));
        assertEquals(List.of(800, 600, 800), kbps(new AutoBitrate(true, Optional.empty(), Optional.of(800))
                .applyTo(hd)));
        assertEquals(List.of(1500, 1500, 2000), kbps(new AutoBitrate(true, Optional.of(1500), Optional.of(2000))
                .applyTo(hd)));
        assertEquals(List.of(1200, 600, 1200), kbps(AutoBitrate.OFF.applyTo(hd)));
    }

    private static List<Integer> kbps(VideoSettings video) {
        return List.of(video.bitrateKbps(), video.minBitrateKbps(), video.maxBitrateKbps());
    }

    @Test
    void aBadUrlIsNamedWithoutItsSignature() {
        assertEquals(2, execute("push", "--url", "rtmp://127.0.0.1/live?txSecret=f85a2ab363fe4deaffef9754d79da6fe"));

        String message = err.toString();
        assertTrue(message.contains("--url") && message.contains("rtmp://127.0.0.1/live"), message);
        assertFalse(message.contains("f85a2ab363fe4deaffef9754d79da6fe"), message);
    }

    @Test
    void withNeitherUrlNorRecordTheCommandSaysWhichOptionsAreMissing() {
        assertEquals(2, execute("push", "--source", "test"));

        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--url") && message.contains("--record"), message);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, execute("push", "--url", URL, "--bandwidth", "9000"));
        assertTrue(err.toString().contains("--bandwidth"), err::toString);
    }

    @Test
    void versionNamesTheProduct() {
        assertEquals(0, execute("--version"));
        assertTrue(out.toString().startsWith("CoAnchor Studio "), out::toString);
    }

    @Test
    void helpListsEveryPushOption() {
        assertEquals(0, execute("push", "--help"));
        for (String option : List.of("--source", "--audio", "--quality", "--orientation", "--encoder", "--url",
                "--record", "--duration", "--latency-stamp", "--retry-count", "--retry-interval", "--auto-bitrate",
                "--min-bitrate", "--max-bitrate")) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
