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

    /** The seed's example layout, box by box: W = 380 + 160 = 540, H = 630 + 240 + 90 = 960. */
    private static final Layout SEED_LAYOUT = Layout.of(PORTRAIT,
            Box.primary("8888_denny", PORTRAIT),
            Box.of("8888_rex", 2, 380, 630, 160, 240),
            Box.of("8888_link", 3, 380, 390, 160, 240),
            Box.of("8888_shock", 4, 380, 150, 160, 240));

    @Test
    void theSeedsLayoutGivesTheSeedsRequestFieldForField() throws IOException {
        MixStreamRequest request = MixStreamRequest.of(MixPara.start(SEED_LAYOUT, DENNY), 1490079362, 1490079362);

        assertEquals(seedRequest(), JSON.readTree(MixJson.pretty(request)));
    }

    @Test
    void theColumnPresetAt540x960IsTheSeedsLayout() throws IOException {
        Layout column = StandardPreset.COLUMN.arrange(PORTRAIT,
                List.of("8888_denny", "8888_rex", "8888_link", "8888_shock"), MixScheme.SEED);

        assertEquals(SEED_LAYOUT, column);
        assertEquals(seedRequest(), JSON.readTree(MixJson.compact(
                MixStreamRequest.of(MixPara.start(column, DENNY), 1490079362, 1490079362))));
    }

    @Test
    void theSeedsRequestReadsBackIntoTheSeedsLayout() throws IOException {
        MixStreamRequest request = MixJson.readRequest(seedText());

        assertEquals(1490079362, request.timestamp());
        assertEquals(DENNY, request.para().session());
        assertEquals(SEED_LAYOUT, request.para().toLayout(MixScheme.SEED, Map.of("8888_denny", PORTRAIT)::get));
        assertEquals(MixStreamRequest.of(MixPara.start(SEED_LAYOUT, DENNY), 1490079362, 1490079362), request);
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
        assertThrows(IllegalArgumentException.class, () -> cancel.toLayout(MixScheme.SEED, id -> PORTRAIT));
    }

    @Test
    void aCanvasStatesItsSizeTypeAndColourAndOptionalsAppearOnlyWhenSet() throws IOException {
        PictureSize canvas = new PictureSize(720, 640);
        Layout pk = new Layout(canvas, MixScheme.SEED, List.of(
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
        assertEquals(pk, back.toLayout(MixScheme.SEED, id -> {
            throw new AssertionError("a canvas gives the picture size itself");
        }));
    }

    @Test
    void theBodyIsAFunctionOfItsArguments() {
        MixPara para = MixPara.start(SEED_LAYOUT, DENNY);

        assertEquals(MixJson.compact(MixStreamRequest.of(para, 5, 6)),
                MixJson.compact(MixStreamRequest.of(MixPara.start(SEED_LAYOUT, DENNY), 5, 6)));
    }

    @Test
    void readingBackChecksTheLayoutRules() {
        String outside = seedText().replace("\"location_x\": 380,\n                        \"location_y\": 630",
                "\"location_x\": 400,\n                        \"location_y\": 630");
        MixPara para = MixJson.readPara(outside);

        LayoutException e = assertThrows(LayoutException.class,
                () -> para.toLayout(MixScheme.SEED, id -> PORTRAIT));
        assertEquals(LayoutRule.INSIDE_PICTURE, e.rule());
        assertTrue(e.getMessage().contains("'8888_rex' (layer 2) reaches x=560"), e.getMessage());
    }

    @Test
    void aSecondaryWithoutItsBoxIsNamed() {
        String noWidth = seedText().replace("\"image_width\": 160,\n                        \"image_height\": 240,\n"
                + "                        \"location_x\": 380,\n                        \"location_y\": 390",
                "\"image_height\": 240,\n                        \"location_x\": 380,\n"
                        + "                        \"location_y\": 390");

        LayoutException e = assertThrows(LayoutException.class,
                () -> MixJson.readPara(noWidth).toLayout(MixScheme.SEED, id -> PORTRAIT));
        assertEquals("box for '8888_link' (layer 3) has no image_width: a secondary needs image_width, image_height,"
                + " location_x and location_y (rule: " + LayoutRule.SIZE.words() + ")", e.getMessage());
    }

    @Test
    void aRequestWithoutLayerOneIsRefused() {
        String noPrimary = seedText().replace("\"image_layer\": 1", "\"image_layer\": 5");

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
                () -> MixJson.readRequest(seedText().replace("\"Mix_StreamV2\"", "\"Mix_Stream\"")));
        assertTrue(name.getMessage().contains("interface: interfaceName is 'Mix_Stream': use Mix_StreamV2"),
                name.getMessage());

        MixFormatException unknown = assertThrows(MixFormatException.class,
                () -> MixJson.readRequest(seedText().replace("\"image_layer\": 3,", "\"image_layer\": 3, \"alpha\": 1,")));
        assertTrue(unknown.getMessage().contains("unknown field 'alpha' in interface.para.input_stream_list[2]"
                + ".layout_params; known fields: color, image_height, image_layer"), unknown.getMessage());

        MixFormatException trailing = assertThrows(MixFormatException.class,
                () -> MixJson.readRequest(seedText() + " {}"));
        assertTrue(trailing.getMessage().contains("not valid JSON"), trailing.getMessage());
    }

    @Test
    void aBrokenFieldDeepInsideIsNamedByItsPath() {
        String bad = seedText().replace("\"location_y\": 390", "\"location_y\": 39.5");

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

    private static JsonNode seedRequest() throws IOException {
        return JSON.readTree(seedText());
    }

    private static String seedText() {
        try (InputStream in = MixRequestTest.class.getResourceAsStream("seed-mix-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
