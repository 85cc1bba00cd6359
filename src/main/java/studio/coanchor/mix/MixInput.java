package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Optional;

/** One entry of {@code input_stream_list}: a stream and where it goes. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MixInput(@JsonProperty(required = true) String inputStreamId,
                       @JsonProperty(required = true) MixLayoutParams layoutParams, MixCropParams cropParams) {

    public MixInput {
        if (layoutParams == null) {
            throw new IllegalArgumentException("layout_params is null: every input needs at least its image_layer");
        }
    }

    static MixInput of(Box box) {
        return new MixInput(box.streamId(), MixLayoutParams.of(box), box.crop().map(MixCropParams::of).orElse(null));
    }

    int layer() {
        return layoutParams.imageLayer();
    }

    /** The picture size a canvas (or a primary that states one) gives, or null when it states none. */
    PictureSize statedSize() {
        if (layoutParams.imageWidth() == null || layoutParams.imageHeight() == null) {
            return null;
        }
        return new PictureSize(layoutParams.imageWidth(), layoutParams.imageHeight());
    }

    /** The box for this input in a picture of {@code picture} size; layer 1 fills the picture unless it says otherwise. */
    Box toBox(PictureSize picture) {
        int layer = layer();
        boolean primary = layer == 1;
        int x = value(layoutParams.locationX(), primary ? 0 : null, "location_x");
        int y = value(layoutParams.locationY(), primary ? 0 : null, "location_y");
        int width = value(layoutParams.imageWidth(), primary ? picture.width() : null, "image_width");
        int height = value(layoutParams.imageHeight(), primary ? picture.height() : null, "image_height");
        return new Box(inputStreamId, layer, x, y, width, height, layoutParams.type(),
                Optional.ofNullable(cropParams).map(MixCropParams::toCrop),
                Optional.ofNullable(layoutParams.color()).map(CanvasColor::parse));
    }

    private int value(Integer given, Integer fallback, String field) {
        if (given != null) {
            return given;
        }
        if (fallback == null) {
            throw new LayoutException(LayoutRule.SIZE, Box.name(inputStreamId, layer()) + " has no " + field
                    + ": a secondary needs image_width, image_height, location_x and location_y");
        }
        return fallback;
    }
}
