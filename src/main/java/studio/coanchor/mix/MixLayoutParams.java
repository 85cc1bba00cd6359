package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code layout_params} of one input. The primary stream's carry only {@code image_layer: 1} (it fills the
 * picture); a canvas's carry its size, {@code input_type} 3 and maybe a colour; a secondary's carry its box.
 * {@code input_type} is left out for audio and video, Tencent's default.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MixLayoutParams(@JsonProperty(required = true) int imageLayer, Integer imageWidth, Integer imageHeight,
                              Integer locationX, Integer locationY, Integer inputType, String color) {

    static MixLayoutParams of(Box box) {
        Integer type = box.inputType() == InputType.AUDIO_VIDEO ? null : box.inputType().code();
        if (box.inputType() == InputType.CANVAS) {
            return new MixLayoutParams(box.layer(), box.width(), box.height(), null, null, type,
                    box.color().map(CanvasColor::hex).orElse(null));
        }
        if (box.layer() == 1) {
            return new MixLayoutParams(1, null, null, null, null, type, null);
        }
        return new MixLayoutParams(box.layer(), box.width(), box.height(), box.x(), box.y(), type, null);
    }

    InputType type() {
        return inputType == null ? InputType.AUDIO_VIDEO : InputType.ofCode(inputType);
    }
}
