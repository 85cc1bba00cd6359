package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import studio.coanchor.mix.BackendPeer;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;

class MixCommandTest {
    private static final Instant NOW = Instant.parse("2017-03-21T06:56:02Z");
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final Layout GUIDE_LAYOUT = StandardPreset.COLUMN.arrange(PORTRAIT,
            List.of("8888_denny", "8888_rex", "8888_link", "8888_shock"), MixScheme.CLASSIC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> environment = new java.util.HashMap<>();
    private String stdin = "";
    private BackendPeer backend;

    @TempDir
    Path folder;

    @AfterEach
    void stopBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    private int execute(String... args) {
        CoanchorCommand root = new CoanchorCommand(() -> {
            throw new AssertionError("the studio window must not open in these tests");
        });
        MixCommand mix = new MixCommand(Clock.fixed(NOW, ZoneOffset.UTC), environment::get,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = CoanchorCommand.commandLine(root, new PushCommand(request -> 0),
                new DevicesCommand(), mix);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path guideFile() throws IOException {
        Path file = folder.resolve("guide.json");
        LayoutFile.write(file, GUIDE_LAYOUT);
        return file;
    }

    @Test
    void printShowsTheRequestThatReadsBackIntoTheLayout() throws IOException {
        assertEquals(0, execute("mix", "--layout", guideFile().toString(), "--print", "--app-id", "1234"), err::toString);

        MixStreamRequest printed = MixJson.readRequest(out.toString());
        assertEquals(MixStreamRequest.at(MixPara.start(GUIDE_LAYOUT, MixSession.ofPrimary(1234, "8888_denny")), NOW),
                printed);
        assertEquals(GUIDE_LAYOUT, printed.para().toLayout(MixScheme.CLASSIC, Map.of("8888_denny", PORTRAIT)::get));
        assertEquals(1490079362, printed.timestamp());
        assertTrue(out.toString().lines().count() > 20, "pretty JSON, one field a line");
        assertEquals("", err.toString());
    }

    @Test
    void printIsWhatTheCommandDoesWhenToldNothingElseAndSessionAndOutputCanBeNamed() throws IOException {
        assertEquals(0, execute("mix", "--layout", guideFile().toString(), "--app-id", "1234",
                "--session", "room_7", "--output", "room_7_mix"), err::toString);

        MixPara para = MixJson.readRequest(out.toString()).para();
        assertEquals(MixSession.of(1234, "room_7", "room_7_mix"), para.session());
    }

    @Test
    void aPresetBecomesALayoutFile() throws IOException {
        Path saved = folder.resolve("column.json");

        assertEquals(0, execute("mix", "--preset", "column", "--primary", "540x960",
                "--inputs", "8888_denny,8888_rex,8888_link,8888_shock", "--save", saved.toString()), err::toString);

        assertEquals(GUIDE_LAYOUT, LayoutFile.read(saved));
        assertEquals("", out.toString());
    }

    @Test
    void aPresetCanBeSavedAndPrintedAtOnce() throws IOException {
        Path saved = folder.resolve("pk.json");

        assertEquals(0, execute("mix", "--preset", "pk", "--inputs", "8888_denny,8888_rex", "--save", saved.toString(),
                "--print", "--app-id", "1234"), err::toString);

        Layout pk = StandardPreset.PK.arrange(PORTRAIT, List.of("8888_denny", "8888_rex"), MixScheme.CLASSIC);
        assertEquals(pk, LayoutFile.read(saved));
        assertEquals(pk, MixJson.readRequest(out.toString()).para().toLayout(MixScheme.CLASSIC, id -> {
            throw new AssertionError("the canvas gives its own size");
        }));
    }

    @Test
    void theGridWithFourAnchorsNeedsExtended() throws IOException {
        Path saved = folder.resolve("grid.json");

        assertEquals(0, execute("mix", "--preset", "grid", "--primary", "1280x720", "--inputs", "a,b,c,d", "--extended",
                "--save", saved.toString()), err::toString);
        assertEquals(MixScheme.EXTENDED, LayoutFile.read(saved).scheme());

        assertEquals(2, execute("mix", "--preset", "grid", "--primary", "1280x720", "--inputs", "a,b,c,d",
                "--save", folder.resolve("grid4.json").toString()));
        assertTrue(err.toString().contains("5 inputs but the classic scheme mixes at most 4"), err::toString);
        assertFalse(Files.exists(folder.resolve("grid4.json")));
    }

    @Test
    void sendLogsInSendsTheRequestAndPrintsTheAnswer() throws IOException {
        backend = new BackendPeer();
        stdin = BackendPeer.PASSWORD + "\n";

        int exitCode = execute("mix", "--layout", guideFile().toString(), "--send", "--app-id", "1234",
                "--backend", backend.uri().toString(), "--user", BackendPeer.USER, "--password-stdin");

        assertEquals(0, exitCode, err::toString);
        assertEquals("{\"code\":0,\"message\":\"Success!\"}", out.toString().strip());
        assertEquals(List.of(), backend.problems());
        assertEquals(new ObjectMapper().readTree(MixJson.compact(MixStreamRequest.at(
                MixPara.start(GUIDE_LAYOUT, MixSession.ofPrimary(1234, "8888_denny")), NOW))), backend.mixBodies().get(0));
    }

    @Test
    void aNonZeroCodeIsPrintedWithExitCodeOne() throws IOException {
        backend = new BackendPeer();
        backend.answer(-505, "input stream 8888_rex not found: retry after it starts pushing");
        environment.put("COANCHOR_PASSWORD", BackendPeer.PASSWORD);

        int exitCode = execute("mix", "--layout", guideFile().toString(), "--send", "--app-id", "1234",
                "--backend", backend.uri().toString(), "--user", BackendPeer.USER);

        assertEquals(1, exitCode, err::toString);
        assertTrue(out.toString().contains("\"code\":-505"), out::toString);
    }

    @Test
    void aRefusedLoginIsOneLineWithExitCodeTwoAndNoPassword() throws IOException {
        backend = new BackendPeer();

        int exitCode = execute("mix", "--layout", guideFile().toString(), "--send", "--app-id", "1234",
                "--backend", backend.uri().toString(), "--user", BackendPeer.USER, "--password", "Guess-123");

        assertEquals(2, exitCode);
        assertEquals("coanchor mix: the backend refused the login of 'alice' (HTTP 401): wrong user or password",
                err.toString().strip());
        assertFalse(err.toString().contains("Guess-123"));
        assertTrue(backend.mixBodies().isEmpty());
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of(List.of("--print", "--app-id", "1"), "--layout"),
                Arguments.of(List.of("--layout", "LAYOUT", "--preset", "pk", "--inputs", "a,b"), "mutually exclusive"),
                Arguments.of(List.of("--layout", "LAYOUT", "--print", "--send", "--app-id", "1"), "mutually exclusive"),
                Arguments.of(List.of("--layout", "LAYOUT", "--print"), "Missing option --app-id"),
                Arguments.of(List.of("--layout", "LAYOUT", "--print", "--app-id", "0"), "--app-id"),
                Arguments.of(List.of("--layout", "LAYOUT", "--app-id", "1", "--session", "room 7"), "--session"),
                Arguments.of(List.of("--layout", "LAYOUT", "--app-id", "1", "--output", "x/y"), "--output"),
                Arguments.of(List.of("--layout", "LAYOUT", "--primary", "540x960"), "a --layout file has its own"),
                Arguments.of(List.of("--layout", "NO_FILE", "--app-id", "1"), "no such layout file"),
                Arguments.of(List.of("--layout", "BROKEN", "--app-id", "1"), "unknown field 'depth'"),
                Arguments.of(List.of("--preset", "row", "--inputs", "a"), "'row' is not a preset"),
                Arguments.of(List.of("--preset", "column", "--primary", "540x960"), "Missing option --inputs"),
                Arguments.of(List.of("--preset", "column", "--inputs", "a,b"), "Missing option --primary"),
                Arguments.of(List.of("--preset", "column", "--primary", "big", "--inputs", "a"), "'big' is not a picture size"),
                Arguments.of(List.of("--preset", "pk", "--primary", "540x960", "--inputs", "a,b"), "leave it out"),
                Arguments.of(List.of("--preset", "pip", "--primary", "540x960", "--inputs", "a"), "give 2 stream IDs"),
                Arguments.of(List.of("--preset", "pip", "--primary", "540x960", "--inputs", "a,b c"), "stream ID 'b c'"),
                Arguments.of(List.of("--layout", "LAYOUT", "--send", "--app-id", "1", "--user", "u"), "--backend"),
                Arguments.of(List.of("--layout", "LAYOUT", "--send", "--app-id", "1", "--backend", "ftp://x", "--user",
                        "u", "--password", "p"), "--backend"),
                Arguments.of(List.of("--layout", "LAYOUT", "--send", "--app-id", "1", "--backend", "http://127.0.0.1:9",
                        "--user", "u"), "Missing password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void aMistakeIsOneLineWithExitCodeTwo(List<String> args, String expected) throws IOException {
        Path layout = guideFile();
        Path broken = Files.writeString(folder.resolve("broken.json"), LayoutFile.toJson(GUIDE_LAYOUT)
                .replace("\"layer\" : 2,", "\"layer\" : 2, \"depth\" : 1,"));
        List<String> command = new ArrayList<>(List.of("mix"));
        args.forEach(arg -> command.add(switch (arg) {
            case "LAYOUT" -> layout.toString();
            case "BROKEN" -> broken.toString();
            case "NO_FILE" -> folder.resolve("none.json").toString();
            default -> arg;
        }));

        int exitCode = execute(command.toArray(String[]::new));

        String message = err.toString();
        assertEquals(2, exitCode, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("coanchor mix: "), message);
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertEquals("", out.toString());
    }

    @Test
    void helpDescribesEveryOption() {
        assertEquals(0, execute("mix", "--help"));
        for (String option : List.of("--layout", "--preset", "--primary", "--inputs", "--extended", "--save", "--print",
                "--send", "--app-id", "--session", "--output", "--backend", "--user", "--password", "--password-stdin",
                "COANCHOR_PASSWORD")) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
