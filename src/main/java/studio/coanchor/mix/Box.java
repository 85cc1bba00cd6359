package studio.coanchor.mix;

import java.util.Objects;
import java.util.Optional;

/**
 * One input of a layout: the stream it shows, its layer (1 is the primary, higher layers lie on top) and the
 * rectangle it fills in the primary picture, with an optional crop of the input and, for a canvas, a colour.
 * A box checks what it can on its own; where it lies in the picture is for its {@link Layout} to check.
 */
public record Box(String streamId, int layer, int x, int y, int width, int height, InputType inputType,
                  Optional<Crop> crop, Optional<CanvasColor> color) {

    public Box {
        Objects.requireNonNull(inputType, "inputType");
        Objects.requireNonNull(crop, "crop");
        Objects.requireNonNull(color, "color");
        if (!StreamId.isValid(streamId)) {
            throw new LayoutException(LayoutRule.STREAM_ID, "the box on layer " + layer + " has "
                    + StreamId.problem(streamId) + ": give the ID of the stream it shows");
        }
        if (layer < 1) {
            throw new LayoutException(LayoutRule.LAYERS_IN_TURN, "box for '" + streamId + "' is on layer " + layer
                    + ": layers start at 1, the primary");
        }
        String name = name(streamId, layer);
        if (PictureSize.outOfRange(width) || PictureSize.outOfRange(height)) {
            throw new LayoutException(LayoutRule.SIZE, name + " is " + width + "x" + height
                    + ": give it a width and a height from 1 to " + PictureSize.MAX_SIDE);
        }
        if (crop.isPresent() && !inputType.hasInputPicture()) {
            throw new LayoutException(LayoutRule.CROP, name + " is " + inputType.spoken()
                    + " and has no picture to crop: remove its crop");
        }
        String cropProblem = crop.map(value -> value.problem(name)).orElse(null);
        if (cropProblem != null) {
            throw new LayoutException(LayoutRule.CROP, cropProblem);
        }
        if (color.isPresent() && inputType != InputType.CANVAS) {
            throw new LayoutException(LayoutRule.INPUT_TYPE, name + " has a colour but is " + inputType.spoken()
                    + ": only a canvas has a colour");
        }
    }

    /** An audio and video stream's box, uncropped. */
    public static Box of(String streamId, int layer, int x, int y, int width, int height) {
        return new Box(streamId, layer, x, y, width, height, InputType.AUDIO_VIDEO, Optional.empty(), Optional.empty());
    }

    /** The primary stream's box on layer 1, filling a picture of {@code size}. */
    public static Box primary(String streamId, PictureSize size) {
        return of(streamId, 1, 0, 0, size.width(), size.height());
    }

    /** A canvas of {@code size} on layer 1; without a colour Tencent paints it black. */
    public static Box canvas(String streamId, PictureSize size, Optional<CanvasColor> color) {
        return new Box(streamId, 1, 0, 0, size.width(), size.height(), InputType.CANVAS, Optional.empty(), color);
    }

    public Box at(int newX, int newY) {
        return new Box(streamId, layer, newX, newY, width, height, inputType, crop, color);
    }

    public Box sized(int newWidth, int newHeight) {
        return new Box(streamId, layer, x, y, newWidth, newHeight, inputType, crop, color);
    }

    public Box onLayer(int newLayer) {
        return new Box(streamId, newLayer, x, y, width, height, inputType, crop, color);
    }

    public Box showing(String newStreamId) {
        return new Box(newStreamId, layer, x, y, width, height, inputType, crop, color);
    }

    public Box withCrop(Crop newCrop) {
        return new Box(streamId, layer, x, y, width, height, inputType, Optional.of(newCrop), color);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** How messages name this box: {@code box for 'rex' (layer 2)}. */
    public String name() {
        return name(streamId, layer);
    }

    static String name(String streamId, int layer) {
        return "box for '" + streamId + "' (layer " + layer + ")";
    }
}
