package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Mix_StreamV2 requests to and from JSON text, read strictly, with problems named by their field's path. */
public final class MixJson {

    private MixJson() {
    }

    /** The request as indented JSON. */
    public static String pretty(MixStreamRequest request) {
        return StrictJson.pretty(request);
    }

    public static String compact(MixStreamRequest request) {
        return StrictJson.compact(request);
    }

    /** The backend's answer as one line: {@code {"code":0,"message":"Success!"}}. */
    public static String compact(MixAnswer answer) {
        return StrictJson.compact(answer);
    }

    /** {@code {"para": {...}}}, the shape the backend's {@code /api/mix} takes besides a whole request. */
    public static String compactParaBody(MixPara para) {
        return StrictJson.compact(new ParaBody(para));
    }

    /** Reads a whole request body. */
    public static MixStreamRequest readRequest(String json) {
        return StrictJson.read(json, MixStreamRequest.class, "the Mix_StreamV2 request");
    }

    /** Reads the {@code para} of either a whole request body or {@code {"para": {...}}}. */
    public static MixPara readPara(String json) {
        String what = "the mix request";
        JsonNode tree = StrictJson.tree(json, what);
        if (tree.isObject() && tree.has("para")) {
            return StrictJson.convert(tree, ParaBody.class, what).para();
        }
        return StrictJson.convert(tree, MixStreamRequest.class, what).para();
    }

    private record ParaBody(@JsonProperty(required = true) MixPara para) {
        ParaBody {
            if (para == null) {
                throw new IllegalArgumentException("para is null: give the mix parameters");
            }
        }
    }
}
