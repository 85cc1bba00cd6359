package studio.coanchor.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a Mix_StreamV2 request from the studio and completes it for Tencent. The body is the whole request
 * ({@code {timestamp, eventId, interface: {interfaceName, para}}}), its {@code para}, or {@code {"para": ...}}; the
 * backend fills in {@code app_id}, the timestamps, the interface, and the session and output (the caller's own
 * stream) when they are left out.
 */
final class MixRequest {
    static final String START = "mix_streamv2.start_mix_stream_advanced";
    static final String CANCEL = "mix_streamv2.cancel_mix_stream";
    static final int MAX_INPUTS = 4;
    private static final int MAX_PIXELS = 4096;
    private static final Set<Long> INPUT_TYPES = Set.of(0L, 2L, 3L, 4L, 5L);
    /** Input types whose ID names a picture or a canvas rather than a stream. */
    private static final Set<Long> NOT_STREAMS = Set.of(2L, 3L);

    private MixRequest() {
    }

    static ObjectNode complete(JsonFields body, long appId, MixRights rights, Instant now) {
        JsonFields para;
        if (body.node().path("interface").isObject()) {
            para = paraOfWholeRequest(body);
        } else if (body.node().has("para")) {
            para = body.allowOnly(Set.of("para")).object("para");
        } else {
            para = body;
        }
        para.allowOnly(Set.of("app_id", "interface", "mix_stream_session_id", "output_stream_id",
                "output_stream_type", "output_stream_bitrate", "mix_stream_template_id", "input_stream_list"));
        if (para.optionalNumber("app_id", 0, Long.MAX_VALUE).stream().anyMatch(given -> given != appId)) {
            throw new ApiError(400, para.path("app_id") + " is not this backend's app ID " + appId
                    + "; leave it out and the backend fills it in");
        }
        String action = para.optionalText("interface").orElse(START);
        if (!action.equals(START) && !action.equals(CANCEL)) {
            throw new ApiError(400, para.path("interface") + " must be " + START + " or " + CANCEL);
        }
        String session = para.optionalId("mix_stream_session_id").orElse(rights.ownStream());
        if (!session.equals(rights.ownStream())) {
            throw new ApiError(403, "only a room's owner mixes it: " + para.path("mix_stream_session_id")
                    + " must be your own stream '" + rights.ownStream() + "'");
        }
        String output = para.optionalId("output_stream_id").orElse(rights.ownStream());
        if (!rights.mayWriteOutput(output)) {
            throw new ApiError(403, para.path("output_stream_id") + " '" + output + "' is another user's stream");
        }
        para.optionalNumber("output_stream_type", 0, 1);
        para.optionalNumber("output_stream_bitrate", 1, 100_000);
        para.optionalNumber("mix_stream_template_id", 0, 1_000_000);
        checkInputs(para.objects("input_stream_list", action.equals(START) ? 1 : 0, MAX_INPUTS), action, rights);

        ObjectNode completed = para.node().deepCopy()
                .put("app_id", appId)
                .put("interface", action)
                .put("mix_stream_session_id", session)
                .put("output_stream_id", output);
        ObjectNode request = StrictJson.MAPPER.createObjectNode()
                .put("timestamp", now.getEpochSecond())
                .put("eventId", now.getEpochSecond());
        request.putObject("interface").put("interfaceName", "Mix_StreamV2").set("para", completed);
        return request;
    }

    private static JsonFields paraOfWholeRequest(JsonFields body) {
        body.allowOnly(Set.of("timestamp", "eventId", "interface"));
        body.optionalNumber("timestamp", 0, Long.MAX_VALUE);
        body.optionalNumber("eventId", 0, Long.MAX_VALUE);
        JsonFields wrapper = body.object("interface").allowOnly(Set.of("interfaceName", "para"));
        if (!wrapper.text("interfaceName").equals("Mix_StreamV2")) {
            throw new ApiError(400, wrapper.path("interfaceName") + " must be Mix_StreamV2");
        }
        return wrapper.object("para");
    }

    private static void checkInputs(List<JsonFields> inputs, String action, MixRights rights) {
        Set<Long> layers = new HashSet<>();
        for (JsonFields input : inputs) {
            input.allowOnly(Set.of("input_stream_id", "layout_params", "crop_params"));
            String stream = input.id("input_stream_id");
            JsonFields layout = input.object("layout_params").allowOnly(Set.of("image_layer", "image_width",
                    "image_height", "location_x", "location_y", "input_type", "color"));
            long layer = layout.number("image_layer", 1, MAX_INPUTS);
            if (!layers.add(layer)) {
                throw new ApiError(400, layout.path("image_layer") + " repeats layer " + layer
                        + "; each input has a layer of its own");
            }
            layout.optionalNumber("image_width", 1, MAX_PIXELS);
            layout.optionalNumber("image_height", 1, MAX_PIXELS);
            layout.optionalNumber("location_x", 0, MAX_PIXELS);
            layout.optionalNumber("location_y", 0, MAX_PIXELS);
            long type = layout.optionalNumber("input_type", 0, 5).orElse(0);
            if (!INPUT_TYPES.contains(type)) {
                throw new ApiError(400, layout.path("input_type") + " must be 0 (audio and video), 2 (picture),"
                        + " 3 (canvas), 4 (audio) or 5 (video)");
            }
            if (layout.optionalText("color").filter(color -> !color.matches("0x[0-9A-Fa-f]{6}")).isPresent()) {
                throw new ApiError(400, layout.path("color") + " must be written 0xRRGGBB");
            }
            input.optionalObject("crop_params").ifPresent(crop -> {
                crop.allowOnly(Set.of("crop_width", "crop_height", "crop_x", "crop_y"));
                crop.optionalNumber("crop_width", 1, MAX_PIXELS);
                crop.optionalNumber("crop_height", 1, MAX_PIXELS);
                crop.optionalNumber("crop_x", 0, MAX_PIXELS);
                crop.optionalNumber("crop_y", 0, MAX_PIXELS);
            });
            if (!NOT_STREAMS.contains(type) && !rights.mayUseInput(stream)) {
                throw new ApiError(403, input.path("input_stream_id") + " '" + stream + "' is neither your stream"
                        + " nor the stream of an anchor linked with you");
            }
        }
        if (action.equals(START) && !layers.contains(1L)) {
            throw new ApiError(400, "input_stream_list has no layer 1; the primary picture is layer 1");
        }
    }
}
