package studio.coanchor.mix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An immutable mix layout: the primary picture's size, the scheme that bounds the number of inputs, and the boxes
 * ordered by layer. Building one checks every {@link LayoutRule} and fails with a {@link LayoutException} naming
 * the first rule broken, so a layout that exists is one Mix_StreamV2 accepts.
 */
public record Layout(PictureSize picture, MixScheme scheme, List<Box> boxes) {

    public Layout {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(scheme, "scheme");
        boxes = boxes.stream().sorted(Comparator.comparingInt(Box::layer)).toList();
        checkCount(scheme, boxes);
        checkLayers(scheme, boxes);
        checkPrimary(picture, boxes.get(0));
        boxes.stream().skip(1).forEach(box -> checkSecondary(picture, box));
    }

    /** A layout in the classic scheme. */
    public static Layout of(PictureSize picture, Box... boxes) {
        return new Layout(picture, MixScheme.CLASSIC, List.of(boxes));
    }

    /** Layer 1: the primary stream, or the canvas the others are drawn on. */
    public Box primary() {
        return boxes.get(0);
    }

    /** The boxes above layer 1, lowest first. */
    public List<Box> secondaries() {
        return boxes.subList(1, boxes.size());
    }

    public Optional<Box> box(int layer) {
        return boxes.stream().filter(box -> box.layer() == layer).findFirst();
    }

    /** The box on {@code layer}, or a {@link LayoutException} saying there is none. */
    public Box boxOn(int layer) {
        return box(layer).orElseThrow(() -> new LayoutException(LayoutRule.EXISTING_BOX, "there is no box on layer "
                + layer + ": the layout has layers " + layers()));
    }

    /** The streams the layout shows, each once, in layer order (a canvas's ID included). */
    public List<String> streamIds() {
        return List.copyOf(boxes.stream().map(Box::streamId).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public Layout withScheme(MixScheme newScheme) {
        return new Layout(picture, newScheme, boxes);
    }

    /** This layout with the box on {@code layer} changed by {@code change}. */
    public Layout replacing(int layer, UnaryOperator<Box> change) {
        Box old = boxOn(layer);
        return new Layout(picture, scheme, boxes.stream().map(box -> box == old ? change.apply(box) : box).toList());
    }

    /** This layout with {@code added} on its layer; the boxes from that layer up move one layer higher. */
    public Layout inserting(Box added) {
        List<Box> result = new ArrayList<>();
        for (Box box : boxes) {
            result.add(box.layer() >= added.layer() ? box.onLayer(box.layer() + 1) : box);
        }
        result.add(added);
        return new Layout(picture, scheme, result);
    }

    /** This layout without the box on {@code layer}; the boxes above it move one layer lower. */
    public Layout removing(int layer) {
        Box removed = boxOn(layer);
        List<Box> result = new ArrayList<>();
        for (Box box : boxes) {
            if (box != removed) {
                result.add(box.layer() > layer ? box.onLayer(box.layer() - 1) : box);
            }
        }
        return new Layout(picture, scheme, result);
    }

    /**
     * Checks each crop against its input's size where the size is known (a mixer learns it once the input plays).
     *
     * @param inputSizes the sizes known so far, by stream ID
     */
    public void checkCrops(Map<String, PictureSize> inputSizes) {
        for (Box box : boxes) {
            PictureSize input = inputSizes.get(box.streamId());
            String problem = input == null ? null : box.crop().map(crop -> crop.problemOn(input, box.name())).orElse(null);
            if (problem != null) {
                throw new LayoutException(LayoutRule.CROP, problem);
            }
        }
    }

    private String layers() {
        return boxes.stream().map(box -> String.valueOf(box.layer())).collect(Collectors.joining(", "));
    }

    private static void checkCount(MixScheme scheme, List<Box> boxes) {
        if (boxes.isEmpty()) {
            throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE,
                    "the layout has no boxes: put the primary stream on layer 1");
        }
        if (boxes.size() > scheme.maxInputs()) {
            throw new LayoutException(LayoutRule.INPUT_COUNT, "the layout has " + boxes.size() + " inputs but "
                    + (scheme == MixScheme.CLASSIC
                    ? "the classic scheme mixes at most 4 (the primary and 3 secondaries): remove a box or use the"
                    + " extended scheme"
                    : "Tencent mixes at most 16: remove a box"));
        }
    }

    private static void checkLayers(MixScheme scheme, List<Box> boxes) {
        for (int i = 1; i < boxes.size(); i++) {
            Box below = boxes.get(i - 1);
            Box box = boxes.get(i);
            if (box.layer() == below.layer()) {
                throw new LayoutException(LayoutRule.UNIQUE_LAYERS, below.name() + " and the box for '"
                        + box.streamId() + "' share layer " + box.layer() + ": give each box its own layer");
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.layer() > scheme.maxInputs()) {
                throw new LayoutException(LayoutRule.LAYERS_IN_TURN, box.name() + " is above layer "
                        + scheme.maxInputs() + ", the highest the " + spoken(scheme) + " mixes: lower it");
            }
            if (scheme.layersInTurn() && box.layer() != i + 1) {
                throw new LayoutException(LayoutRule.LAYERS_IN_TURN, box.name() + " should be on layer " + (i + 1)
                        + ": in the classic scheme layers run 1, 2, 3, 4 in turn, with no gap");
            }
        }
    }

    private static void checkPrimary(PictureSize picture, Box primary) {
        if (primary.layer() != 1) {
            throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE, "the lowest box, " + primary.name()
                    + ", is not on layer 1: put the primary stream or a canvas on layer 1");
        }
        if (primary.inputType() == InputType.PURE_AUDIO) {
            throw new LayoutException(LayoutRule.INPUT_TYPE, primary.name()
                    + " is pure audio, but layer 1 gives the picture: make it audio and video, video, an image or a canvas");
        }
        if (primary.x() != 0 || primary.y() != 0 || primary.width() != picture.width()
                || primary.height() != picture.height()) {
            throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE, primary.name() + " covers "
                    + primary.width() + "x" + primary.height() + " at " + primary.x() + "," + primary.y()
                    + " but layer 1 is the primary and fills the " + picture + " picture at 0,0:"
                    + " put another box on layer 1 or make this one fill the picture");
        }
    }

    private static void checkSecondary(PictureSize picture, Box box) {
        if (box.inputType() == InputType.CANVAS) {
            throw new LayoutException(LayoutRule.INPUT_TYPE, box.name()
                    + " is a canvas, but only layer 1 may be a canvas (the background): make it a stream or move it to layer 1");
        }
        String problem;
        if (box.x() < 0) {
            problem = " starts at x=" + box.x() + ", left of the picture: move it right";
        } else if (box.y() < 0) {
            problem = " starts at y=" + box.y() + ", above the picture: move it down";
        } else if (box.right() > picture.width()) {
            problem = " reaches x=" + box.right() + " but the primary picture is " + picture.width()
                    + " wide: move it left or make it narrower";
        } else if (box.bottom() > picture.height()) {
            problem = " reaches y=" + box.bottom() + " but the primary picture is " + picture.height()
                    + " high: move it up or make it shorter";
        } else {
            return;
        }
        throw new LayoutException(LayoutRule.INSIDE_PICTURE, box.name() + problem);
    }

    private static String spoken(MixScheme scheme) {
        return scheme == MixScheme.CLASSIC ? "classic scheme" : "extended scheme";
    }
}
