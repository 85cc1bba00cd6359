package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutFileTest {
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final String GUIDE_FILE = """
            {
              "width": 540, "height": 960,
              "boxes": [
                { "stream": "8888_denny", "layer": 1, "x": 0, "y": 0, "width": 540, "height": 960 },
                { "stream": "8888_rex", "layer": 2, "x": 380, "y": 630, "width": 160, "height": 240 }
              ]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aLayoutWithEveryKindOfBoxComesBackEqual() throws IOException {
        PictureSize canvas = new PictureSize(720, 640);
        Layout layout = new Layout(canvas, MixScheme.EXTENDED, List.of(
                Box.canvas("bg", canvas, Optional.of(CanvasColor.parse("0x336699"))),
                new Box("denny", 3, 0, 0, 360, 640, InputType.PURE_VIDEO, Optional.of(new Crop(540, 960, 0, 0)),
                        Optional.empty()),
                Box.of("rex", 5, 360, 0, 360, 640),
                new Box("logo", 6, 600, 20, 100, 50, InputType.IMAGE, Optional.empty(), Optional.empty()),
                new Box("music", 7, 0, 0, 1, 1, InputType.PURE_AUDIO, Optional.empty(), Optional.empty())));
        Path file = folder.resolve("pk.json");

        LayoutFile.write(file, layout);

        assertEquals(layout, LayoutFile.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"scheme\" : \"extended\"") && text.contains("\"input\" : \"pure_video\"")
                && text.contains("\"color\" : \"0x336699\""), text);
    }

    @Test
    void aHandWrittenFileMayLeaveOutTheDefaults() throws IOException {
        Path file = Files.writeString(folder.resolve("guide.json"), GUIDE_FILE);

        Layout layout = LayoutFile.read(file);

        assertEquals(Layout.of(PORTRAIT, Box.primary("8888_denny", PORTRAIT), Box.of("8888_rex", 2, 380, 630, 160, 240)),
                layout);
        assertEquals(new ObjectMapper().readTree(GUIDE_FILE.replace("\"height\": 960,", "\"height\": 960, \"scheme\": \"classic\",")),
                new ObjectMapper().readTree(LayoutFile.toJson(layout)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON           | \"layer\": 2,                  | \"layer\": 2,,             | is not valid JSON at line 5",
            "unknown field      | \"layer\": 2,                  | \"layer\": 2, \"z\": 1,      | unknown field 'z' in boxes[1]; known fields: color, crop, height",
            "missing field      | \"x\": 380,                    | ''                          | missing field 'x' in boxes[1]",
            "text for a number  | \"y\": 630                     | \"y\": \"630\"              | boxes[1].y: expected a whole number",
            "a fraction         | \"width\": 160                 | \"width\": 160.5            | boxes[1].width: expected a whole number",
            "boxes not a list   | \"boxes\": [                   | \"boxes\": 3, \"was\": [     | boxes: expected a list",
            "unknown input type | \"layer\": 2,                  | \"layer\": 2, \"input\": \"radio\", | input type 'radio' is not known: use audio_video, image, canvas, pure_audio, pure_video",
            "unknown scheme     | \"height\": 960,               | \"height\": 960, \"scheme\": \"big\", | scheme 'big' is not known: use classic or extended",
            "a rule broken      | \"x\": 380,                    | \"x\": 400,                 | box for '8888_rex' (layer 2) reaches x=560 but the primary picture is 540 wide",
            "a bad stream ID    | \"8888_rex\"                   | \"8888 rex\"                | the box on layer 2 has stream ID '8888 rex'",
    })
    void aBrokenFileIsNamedWithWhatIsWrong(String name, String find, String replace, String expected) throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"), GUIDE_FILE.replace(find, replace));

        MixFormatException e = assertThrows(MixFormatException.class, () -> LayoutFile.read(file));

        assertTrue(e.getMessage().startsWith("layout file " + file + ": ")
                || e.getMessage().startsWith("layout file " + file + " is not valid JSON"), e::getMessage);
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e::getMessage);
    }

    @Test
    void anEmptyFileAMissingFileAndBinaryAreNamed() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "  \n");
        assertEquals("layout file " + empty + " is empty: expected a JSON object",
                assertThrows(MixFormatException.class, () -> LayoutFile.read(empty)).getMessage());

        Path missing = folder.resolve("missing.json");
        NoSuchFileException none = assertThrows(NoSuchFileException.class, () -> LayoutFile.read(missing));
        assertTrue(none.getMessage().contains(missing + ": no such layout file"), none::getMessage);

        Path binary = Files.write(folder.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        assertEquals("layout file " + binary + " is not UTF-8 text",
                assertThrows(MixFormatException.class, () -> LayoutFile.read(binary)).getMessage());
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("layout.json"), GUIDE_FILE);
        Path earlier = Files.createLink(folder.resolve("earlier.json"), file);
        Layout pip = StandardPreset.PIP.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC);

        LayoutFile.write(file, pip);

        assertEquals(pip, LayoutFile.read(file));
        assertEquals(GUIDE_FILE, Files.readString(earlier), "the old file was rewritten in place, not replaced");
        assertEquals(List.of("earlier.json", "layout.json"), namesIn(folder));
    }

    @Test
    void aSaveThatFailsLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(folder.resolve("taken.json"));
        Files.writeString(target.resolve("inside.txt"), "keep me");

        assertThrows(IOException.class, () -> LayoutFile.write(target,
                StandardPreset.PIP.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC)));

        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of("taken.json"), namesIn(folder));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
