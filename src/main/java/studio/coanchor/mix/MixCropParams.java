package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code crop_params} of one input: the part of the input shown, in the input's pixels. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MixCropParams(@JsonProperty(required = true) int cropWidth, @JsonProperty(required = true) int cropHeight,
                            @JsonProperty(required = true) int cropX, @JsonProperty(required = true) int cropY) {

    static MixCropParams of(Crop crop) {
        return new MixCropParams(crop.width(), crop.height(), crop.x(), crop.y());
    }

    Crop toCrop() {
        return new Crop(cropWidth, cropHeight, cropX, cropY);
    }
}
