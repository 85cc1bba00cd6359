package studio.coanchor.mix;

import java.util.ArrayList;
import java.util.List;

/**
 * A layout the user saved, used as a preset: its streams are replaced by the given ones (its distinct stream IDs
 * in layer order, one for one), boxes whose stream has no replacement are left out, and unless layer 1 is a
 * canvas the boxes are scaled from the saved picture size to the new primary's.
 */
public record SavedLayout(String label, Layout layout) implements Preset {

    @Override
    public Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme) {
        List<String> saved = layout.streamIds();
        Preset.requireStreams(streamIds, 1, saved.size(), "the saved layout '" + label + "' shows "
                + saved.size() + " streams");
        boolean canvas = layout.primary().inputType() == InputType.CANVAS;
        PictureSize target = canvas ? layout.picture() : primary;
        List<Box> boxes = new ArrayList<>();
        for (Box box : layout.boxes()) {
            int stream = saved.indexOf(box.streamId());
            if (stream < streamIds.size()) {
                boxes.add(scaled(box, target).showing(streamIds.get(stream)).onLayer(boxes.size() + 1));
            }
        }
        return new Layout(target, scheme, boxes);
    }

    /** Scales the box's edges, not its size, so that boxes touching an edge of the picture still touch it. */
    private Box scaled(Box box, PictureSize target) {
        PictureSize from = layout.picture();
        int left = scale(box.x(), from.width(), target.width());
        int top = scale(box.y(), from.height(), target.height());
        int right = scale(box.right(), from.width(), target.width());
        int bottom = scale(box.bottom(), from.height(), target.height());
        return box.at(left, top).sized(right - left, bottom - top);
    }

    private static int scale(int value, int from, int to) {
        return (int) ((long) value * to / from);
    }
}
