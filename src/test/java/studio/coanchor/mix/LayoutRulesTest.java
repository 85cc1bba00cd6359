package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutRulesTest {
    private static final PictureSize PICTURE = new PictureSize(720, 1280);
    private static final Box PRIMARY = Box.primary("denny", PICTURE);

    @Test
    void theMessageNamesTheBoxWhatIsWrongWhatToDoAndTheRule() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 580, 100, 160, 240)));

        assertEquals(LayoutRule.INSIDE_PICTURE, e.rule());
        assertEquals("box for 'rex' (layer 2) reaches x=740 but the primary picture is 720 wide: move it left or make"
                + " it narrower (rule: every box lies wholly inside the primary picture)", e.getMessage());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                broken("no stream ID", LayoutRule.STREAM_ID, "the box on layer 2 has no stream ID",
                        () -> Box.of("", 2, 0, 0, 10, 10)),
                broken("a space in the stream ID", LayoutRule.STREAM_ID, "stream ID 'rex 2' (5 characters)",
                        () -> Box.of("rex 2", 2, 0, 0, 10, 10)),
                broken("a 65-character stream ID", LayoutRule.STREAM_ID, "(65 characters), not 1 to 64",
                        () -> Box.of("r".repeat(65), 2, 0, 0, 10, 10)),
                broken("a picture 0 wide", LayoutRule.SIZE, "the primary picture 0x960 is not a size Tencent mixes",
                        () -> new PictureSize(0, 960)),
                broken("a picture 3000 high", LayoutRule.SIZE, "from 1 to 2999", () -> new PictureSize(540, 3000)),
                broken("a box 0 wide", LayoutRule.SIZE, "box for 'rex' (layer 2) is 0x240: give it a width and a height",
                        () -> Box.of("rex", 2, 0, 0, 0, 240)),
                broken("a negative height", LayoutRule.SIZE, "box for 'rex' (layer 2) is 160x-1",
                        () -> Box.of("rex", 2, 0, 0, 160, -1)),
                broken("pure audio on layer 1", LayoutRule.INPUT_TYPE,
                        "box for 'denny' (layer 1) is pure audio, but layer 1 gives the picture",
                        () -> Layout.of(PICTURE, new Box("denny", 1, 0, 0, 720, 1280, InputType.PURE_AUDIO,
                                Optional.empty(), Optional.empty()))),
                broken("a canvas above layer 1", LayoutRule.INPUT_TYPE,
                        "box for 'bg' (layer 2) is a canvas, but only layer 1 may be a canvas",
                        () -> Layout.of(PICTURE, PRIMARY, new Box("bg", 2, 0, 0, 10, 10, InputType.CANVAS,
                                Optional.empty(), Optional.empty()))),
                broken("a colour on a stream", LayoutRule.INPUT_TYPE,
                        "box for 'rex' (layer 2) has a colour but is an audio and video stream",
                        () -> new Box("rex", 2, 0, 0, 10, 10, InputType.AUDIO_VIDEO, Optional.empty(),
                                Optional.of(CanvasColor.BLACK))),
                broken("a colour without 0x", LayoutRule.INPUT_TYPE, "colour '#000000' is not 0x and six hex digits",
                        () -> CanvasColor.parse("#000000")),
                broken("an unknown input_type", LayoutRule.INPUT_TYPE, "input_type 1 is not one Tencent knows",
                        () -> InputType.ofCode(1)),
                broken("five inputs in the classic scheme", LayoutRule.INPUT_COUNT,
                        "the layout has 5 inputs but the classic scheme mixes at most 4",
                        () -> Layout.of(PICTURE, column(5).toArray(Box[]::new))),
                broken("seventeen inputs", LayoutRule.INPUT_COUNT, "the layout has 17 inputs but Tencent mixes at most 16",
                        () -> new Layout(PICTURE, MixScheme.EXTENDED, column(17))),
                broken("two boxes on layer 2", LayoutRule.UNIQUE_LAYERS,
                        "box for 'rex' (layer 2) and the box for 'link' share layer 2: give each box its own layer",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 10, 10), Box.of("link", 2, 0, 0, 10, 10))),
                broken("layer 0", LayoutRule.LAYERS_IN_TURN, "box for 'rex' is on layer 0: layers start at 1",
                        () -> Box.of("rex", 0, 0, 0, 10, 10)),
                broken("a gap in the classic scheme's layers", LayoutRule.LAYERS_IN_TURN,
                        "box for 'link' (layer 4) should be on layer 3: in the classic scheme layers run 1, 2, 3, 4 in turn",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 10, 10), Box.of("link", 4, 0, 0, 10, 10))),
                broken("layer 17", LayoutRule.LAYERS_IN_TURN,
                        "box for 'rex' (layer 17) is above layer 16, the highest the extended scheme mixes",
                        () -> new Layout(PICTURE, MixScheme.EXTENDED, List.of(PRIMARY, Box.of("rex", 17, 0, 0, 10, 10)))),
                broken("no boxes", LayoutRule.PRIMARY_FILLS_PICTURE, "the layout has no boxes",
                        () -> new Layout(PICTURE, MixScheme.CLASSIC, List.of())),
                broken("no layer 1", LayoutRule.PRIMARY_FILLS_PICTURE,
                        "the lowest box, box for 'rex' (layer 2), is not on layer 1",
                        () -> new Layout(PICTURE, MixScheme.EXTENDED, List.of(Box.of("rex", 2, 0, 0, 10, 10)))),
                broken("a primary smaller than the picture", LayoutRule.PRIMARY_FILLS_PICTURE,
                        "box for 'denny' (layer 1) covers 540x960 at 0,0 but layer 1 is the primary and fills the"
                                + " 720x1280 picture at 0,0",
                        () -> Layout.of(PICTURE, Box.primary("denny", new PictureSize(540, 960)))),
                broken("a box left of the picture", LayoutRule.INSIDE_PICTURE,
                        "box for 'rex' (layer 2) starts at x=-1, left of the picture: move it right",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, -1, 0, 160, 240))),
                broken("a box above the picture", LayoutRule.INSIDE_PICTURE,
                        "box for 'rex' (layer 2) starts at y=-5, above the picture: move it down",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, -5, 160, 240))),
                broken("a box below the picture", LayoutRule.INSIDE_PICTURE,
                        "box for 'rex' (layer 2) reaches y=1281 but the primary picture is 1280 high: move it up or"
                                + " make it shorter",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 1041, 160, 240))),
                broken("a crop from a negative x", LayoutRule.CROP,
                        "box for 'rex' (layer 2) crops from -1,0: crop_x and crop_y start at 0",
                        () -> Box.of("rex", 2, 0, 0, 10, 10).withCrop(new Crop(100, 100, -1, 0))),
                broken("a crop 0 high", LayoutRule.CROP, "box for 'rex' (layer 2) crops 100x0",
                        () -> Box.of("rex", 2, 0, 0, 10, 10).withCrop(new Crop(100, 0, 0, 0))),
                broken("a crop of a canvas", LayoutRule.CROP,
                        "box for 'bg' (layer 1) is a canvas and has no picture to crop",
                        () -> new Box("bg", 1, 0, 0, 10, 10, InputType.CANVAS, Optional.of(new Crop(5, 5, 0, 0)),
                                Optional.empty())),
                broken("a crop beyond the input's right edge", LayoutRule.CROP,
                        "box for 'rex' (layer 2) crops to x=700 but its input is 640 wide",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 160, 240)
                                .withCrop(new Crop(400, 300, 300, 0))).checkCrops(Map.of("rex", new PictureSize(640, 360)))),
                broken("a crop beyond the input's bottom edge", LayoutRule.CROP,
                        "box for 'rex' (layer 2) crops to y=400 but its input is 360 high",
                        () -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 160, 240)
                                .withCrop(new Crop(100, 300, 0, 100))).checkCrops(Map.of("rex", new PictureSize(640, 360)))),
                broken("an edit of a layer without a box", LayoutRule.EXISTING_BOX,
                        "there is no box on layer 3: the layout has layers 1, 2",
                        () -> new LayoutEdit.Move(3, 0, 0).apply(Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 10, 10)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void everyBrokenRuleIsNamed(String name, LayoutRule rule, String expected, Executable breaking) {
        LayoutException e = assertThrows(LayoutException.class, breaking);

        assertEquals(rule, e.rule(), e::getMessage);
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertTrue(e.getMessage().endsWith(" (rule: " + rule.words() + ")"), e::getMessage);
    }

    @Test
    void everyRuleHasAViolationAbove() {
        List<LayoutRule> covered = violations().map(arguments -> (LayoutRule) arguments.get()[1]).distinct().toList();

        assertEquals(List.of(LayoutRule.values()), covered.stream().sorted().toList());
    }

    @Test
    void layoutsAtTheLimitsAreValid() {
        assertDoesNotThrow(() -> Layout.of(PICTURE, column(4).toArray(Box[]::new)));
        assertDoesNotThrow(() -> new Layout(PICTURE, MixScheme.EXTENDED, column(16)));
        assertDoesNotThrow(() -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 720, 1280)));
        assertDoesNotThrow(() -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 719, 1279, 1, 1)));
        assertDoesNotThrow(() -> new Layout(PICTURE, MixScheme.EXTENDED,
                List.of(PRIMARY, Box.of("rex", 5, 0, 0, 10, 10), Box.of("link", 16, 0, 0, 10, 10))));
        assertDoesNotThrow(() -> Layout.of(PICTURE, PRIMARY, Box.of("rex", 2, 0, 0, 160, 240)
                .withCrop(new Crop(640, 360, 0, 0))).checkCrops(Map.of("rex", new PictureSize(640, 360))));
    }

    @Test
    void boxesAreKeptInLayerOrder() {
        Layout layout = Layout.of(PICTURE, Box.of("link", 3, 0, 0, 10, 10), PRIMARY, Box.of("rex", 2, 0, 0, 10, 10));

        assertEquals(List.of(1, 2, 3), layout.boxes().stream().map(Box::layer).toList());
        assertEquals(List.of("denny", "rex", "link"), layout.streamIds());
    }

    private static List<Box> column(int inputs) {
        List<Box> boxes = new ArrayList<>(List.of(PRIMARY));
        for (int layer = 2; layer <= inputs; layer++) {
            boxes.add(Box.of("co_" + layer, layer, 0, (layer - 2) * 10, 40, 10));
        }
        return boxes;
    }

    private static Arguments broken(String name, LayoutRule rule, String expected, Executable breaking) {
        return Arguments.of(name, rule, expected, breaking);
    }
}
