package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final MixSession DENNY = MixSession.ofPrimary(1234, "8888_denny");

    /** The example layout of Tencent's Mix_StreamV2 guide, box by box: W = 380 + 160 = 540, H = 630 + 240 + 90 = 960. */
    private static final Layout GUIDE_LAYOUT = Layout.of(PORTRAIT,
            Box.primary("8888_denny", PORTRAIT),
            Box.of("8888_rex", 2, 380, 630, 160, 240),
            Box.of("8888_link", 3, 380, 390, 160, 240),
            Box.of("8888_shock", 4, 380, 150, 160, 240));

    @Test
    void theGuidesLayoutGivesTheGuidesRequestFieldForField() throws IOException {
        MixStreamRequest request = MixStreamRequest.of(MixPara.start(GUIDE_LAYOUT, DENNY), 1490079362, 1490079362);

        assertEquals(guideRequest(), JSON.readTree(MixJson.pretty(request)));
    }

    @Test
    void theColumnPresetAt540x960IsTheGuidesLayout() throws IOException {
        Layout column = StandardPreset.COLUMN.arrange(PORTRAIT,
                List.of("8888_denny", "8888_rex", "8888_link", "8888_shock"), MixScheme.CLASSIC);

        assertEquals(GUIDE_LAYOUT, column);
        assertEquals(guideRequest(), JSON.readTree(MixJson.compact(
                MixStreamRequest.of(MixPara.start(column, DENNY), 1490079362, 1490079362))));
    }

    @Test
    void theGuidesRequestReadsBackIntoTheGuidesLayout() throws IOException {
        MixStreamRequest request = MixJson.readRequest(guideText());

        assertEquals(1490079362, request.timestamp());
        assertEquals(DENNY, request.para().session());
        assertEquals(GUIDE_LAYOUT, request.para().toLayout(MixScheme.CLASSIC, Map.of("8888_denny", PORTRAIT)::get));
        assertEquals(MixStreamRequest.of(MixPara.start(GUIDE_LAYOUT, DENNY), 1490079362, 1490079362), request);
    }

    @Test
    void thePrimaryAloneEndsTheMix() throws IOException {
        MixPara end = MixPara.end(DENNY, "8888_denny");

        assertTrue(end.endsMix());
        assertEquals(JSON.readTree("""
                {"app_id":1234,"interface":"mix_streamv2.start_mix_stream_advanced",
                 "mix_stream_session_id":"8888_denny","output_stream_id":"8888_denny",
                 "input_stream_list":[{"input_stream_id":"8888_denny","layout_params":{"image_layer":1}}]}"""),
                JSON.readTree(paraOf(MixStreamRequest.of(end, 1, 1))));
        Layout primaryOnly = Layout.of(PORTRAIT, Box.primary("8888_denny", PORTRAIT));
        assertEquals(end, MixPara.start(primaryOnly, DENNY));
    }

    @Test
    void aCancelNamesTheSessionAndOutputOnly() throws IOException {
        MixPara cancel = MixPara.cancel(MixSession.of(1234, "room_7", "8888_denny"));

        assertTrue(cancel.cancels());
        assertTrue(cancel.endsMix());
        assertEquals(JSON.readTree("""
                {"timestamp":1490079400,"eventId":1490079400,"interface":{"interfaceName":"Mix_StreamV2",
                 "para":{"app_id":1234,"interface":"mix_streamv2.cancel_mix_stream",
                 "mix_stream_session_id":"room_7","output_stream_id":"8888_denny"}}}"""),
                JSON.readTree(MixJson.compact(MixStreamRequest.of(cancel, 1490079400, 1490079400))));
        assertEquals(cancel, MixJson.readPara("{\"para\":" + JSON.writeValueAsString(cancel) + "}"));
        assertThrows(IllegalArgumentException.class, () -> cancel.toLayout(MixScheme.CLASSIC, id -> PORTRAIT));
    }

    @Test
    void aCanvasStatesItsSizeTypeAndColourAndOptionalsAppearOnlyWhenSet() throws IOException {
        PictureSize canvas = new PictureSize(720, 640);
        Layout pk = new Layout(canvas, MixScheme.CLASSIC, List.of(
                Box.canvas("8888_denny", canvas, Optional.of(CanvasColor.parse("0x1E90FF"))),
                new Box("8888_denny", 2, 0, 0, 360, 640, InputType.PURE_VIDEO, Optional.of(new Crop(540, 960, 0, 0)),
                        Optional.empty()),
                Box.of("8888_rex", 3, 360, 0, 360, 640)));
        MixSession session = MixSession.of(1234, "pk_1", "pk_1_out").withOutputType(OutputStreamType.NEW_STREAM)
                .withBitrate(1500).withTemplate(390);

        JsonNode para = JSON.readTree(paraOf(MixStreamRequest.of(MixPara.start(pk, session), 7, 8)));

        assertEquals(JSON.readTree("""
                {"app_id":1234,"interface":"mix_streamv2.start_mix_stream_advanced",
                 "mix_stream_session_id":"pk_1","output_stream_id":"pk_1_out",
                 "output_stream_type":1,"output_stream_bitrate":1500,"mix_stream_template_id":390,
                 "input_stream_list":[
                  {"input_stream_id":"8888_denny","layout_params":{"image_layer":1,"image_width":720,"image_height":640,
                   "input_type":3,"color":"0x1e90ff"}},
                  {"input_stream_id":"8888_denny","layout_params":{"image_layer":2,"image_width":360,"image_height":640,
                   "location_x":0,"location_y":0,"input_type":5},
                   "crop_params":{"crop_width":540,"crop_height":960,"crop_x":0,"crop_y":0}},
                  {"input_stream_id":"8888_rex","layout_params":{"image_layer":3,"image_width":360,"image_height":640,
                   "location_x":360,"location_y":0}}]}"""), para);
        MixPara back = MixJson.readPara(JSON.writeValueAsString(JSON.createObjectNode().set("para", para)));
        assertEquals(session, back.session());
        assertEquals(pk, back.toLayout(MixScheme.CLASSIC, id -> {
            throw new AssertionError("a canvas gives the picture size itself");
        }));
    }

    @Test
    void theBodyIsAFunctionOfItsArguments() {
        MixPara para = MixPara.start(GUIDE_LAYOUT, DENNY);

        assertEquals(MixJson.compact(MixStreamRequest.of(para, 5, 6)),
                MixJson.compact(MixStreamRequest.of(MixPara.start(GUIDE_LAYOUT, DENNY), 5, 6)));
    }

    @Test
    void readingBackChecksTheLayoutRules() {
        String outside = guideText().replace("\"location_x\": 380,\n                        \"location_y\": 630",
                "\"location_x\": 400,\n                        \"location_y\": 630");
        MixPara para = MixJson.readPara(outside);

        LayoutException e = assertThrows(LayoutException.class,
                () -> para.toLayout(MixScheme.CLASSIC, id -> PORTRAIT));
        assertEquals(LayoutRule.INSIDE_PICTURE, e.rule());
        assertTrue(e.getMessage().contains("'8888_rex' (layer 2) reaches x=560"), e.getMessage());
    }

    @Test
    void rulesBrokenByARequestCarryTencentsCodes() {
        String duplicateLayer = guideText().replace("\"image_layer\": 4", "\"image_layer\": 3");
        String outside = guideText().replace("\"location_y\": 150", "\"location_y\": 800");
        String fiveInputs = guideText().replace("\"input_stream_list\":\n            [", """
                "input_stream_list": [ {"input_stream_id": "8888_fifth", "layout_params": {"image_layer": 5,
                  "image_width": 10, "image_height": 10, "location_x": 0, "location_y": 0}},""");

        assertEquals(-11, codeOf(duplicateLayer));
        assertEquals(-2, codeOf(outside));
        assertEquals(-3, codeOf(fiveInputs));
    }

    @Test
    void aPrimaryOfUnknownSizeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MixJson.readPara(guideText()).toLayout(MixScheme.CLASSIC, id -> null));
        assertEquals("the picture size of the primary stream '8888_denny' is not known yet: mix once it is pushing",
                e.getMessage());
    }

    private static int codeOf(String request) {
        MixPara para = MixJson.readPara(request);
        return assertThrows(LayoutException.class, () -> para.toLayout(MixScheme.CLASSIC, id -> PORTRAIT)).rule().tencentCode();
    }

    @Test
    void aSecondaryWithoutItsBoxIsNamed() {
        String noWidth = guideText().replace("\"image_width\": 160,\n                        \"image_height\": 240,\n"
                + "                        \"location_x\": 380,\n                        \"location_y\": 390",
                "\"image_height\": 240,\n                        \"location_x\": 380,\n"
                        + "                        \"location_y\": 390");

        LayoutException e = assertThrows(LayoutException.class,
                () -> MixJson.readPara(noWidth).toLayout(MixScheme.CLASSIC, id -> PORTRAIT));
        assertEquals("box for '8888_link' (layer 3) has no image_width: a secondary needs image_width, image_height,"
                + " location_x and location_y (rule: " + LayoutRule.SIZE.words() + ")", e.getMessage());
    }

    @Test
    void aRequestWithoutLayerOneIsRefused() {
        String noPrimary = guideText().replace("\"image_layer\": 1", "\"image_layer\": 5");

        LayoutException e = assertThrows(LayoutException.class,
                () -> MixJson.readPara(noPrimary).toLayout(MixScheme.EXTENDED, id -> PORTRAIT));
        assertEquals(LayoutRule.PRIMARY_FILLS_PICTURE, e.rule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON          | {\"timestamp\": 1,                            | not valid JSON at line 1",
            "empty             | ' '                                           | is empty",
            "missing interface | {\"timestamp\":1,\"eventId\":1}              | missing field 'interface'",
            "missing para      | {\"timestamp\":1,\"eventId\":1,\"interface\":{\"interfaceName\":\"Mix_StreamV2\"}}"
                    + " | missing field 'para' in interface",
            "text for a number | {\"timestamp\":\"now\",\"eventId\":1}        | timestamp: expected a whole number",
    })
    void aBrokenBodyIsNamedInWords(String name, String json, String expected) {
        MixFormatException e = assertThrows(MixFormatException.class, () -> MixJson.readRequest(json));
        assertTrue(e.getMessage().startsWith("the Mix_StreamV2 request"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aWrongInterfaceNameUnknownFieldOrTrailingTextIsRefused() {
        MixFormatException name = assertThrows(MixFormatException.class,
                () -> MixJson.readRequest(guideText().replace("\"Mix_StreamV2\"", "\"Mix_Stream\"")));
        assertTrue(name.getMessage().contains("interface: interfaceName is 'Mix_Stream': use Mix_StreamV2"),
                name.getMessage());

        MixFormatException unknown = assertThrows(MixFormatException.class,
                () -> MixJson.readRequest(guideText().replace("\"image_layer\": 3,", "\"image_layer\": 3, \"alpha\": 1,")));
        assertTrue(unknown.getMessage().contains("unknown field 'alpha' in interface.para.input_stream_list[2]"
                + ".layout_params; known fields: color, image_height, image_layer"), unknown.getMessage());

        MixFormatException trailing = assertThrows(MixFormatException.class,
                () -> MixJson.readRequest(guideText() + " {}"));
        assertTrue(trailing.getMessage().contains("not valid JSON"), trailing.getMessage());
    }

    @Test
    void aBrokenFieldDeepInsideIsNamedByItsPath() {
        String bad = guideText().replace("\"location_y\": 390", "\"location_y\": 39.5");

        MixFormatException e = assertThrows(MixFormatException.class, () -> MixJson.readPara(bad));
        assertTrue(e.getMessage().contains("interface.para.input_stream_list[2].layout_params.location_y"), e.getMessage());
    }

    @Test
    void aParaWithABadActionOrEmptyListIsRefused() {
        MixFormatException action = assertThrows(MixFormatException.class, () -> MixJson.readPara("""
                {"para":{"app_id":1,"interface":"mix_streamv2.stop","mix_stream_session_id":"a","output_stream_id":"a",
                 "input_stream_list":[{"input_stream_id":"a","layout_params":{"image_layer":1}}]}}"""));
        assertTrue(action.getMessage().contains("interface is 'mix_streamv2.stop'"), action.getMessage());

        MixFormatException empty = assertThrows(MixFormatException.class, () -> MixJson.readPara("""
                {"para":{"app_id":1,"interface":"mix_streamv2.start_mix_stream_advanced","mix_stream_session_id":"a",
                 "output_stream_id":"a","input_stream_list":[]}}"""));
        assertTrue(empty.getMessage().contains("input_stream_list is missing or empty"), empty.getMessage());
        assertFalse(empty.getMessage().contains("Exception"), empty.getMessage());
    }

    private static String paraOf(MixStreamRequest request) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(MixJson.compact(request)).path("interface").path("para"));
    }

    private static JsonNode guideRequest() throws IOException {
        return JSON.readTree(guideText());
    }

    private static String guideText() {
        try (InputStream in = MixRequestTest.class.getResourceAsStream("guide-mix-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
