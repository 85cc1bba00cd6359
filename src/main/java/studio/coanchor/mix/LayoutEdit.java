package studio.coanchor.mix;

import java.util.List;

/**
 * One change to a layout, as the editor makes it. Applying an edit returns a new layout checked against every
 * {@link LayoutRule}; a broken rule is a {@link LayoutException} and the layout it was applied to is unchanged.
 * Boxes are named by layer, which is unique in a layout.
 */
public sealed interface LayoutEdit {

    Layout apply(Layout layout);

    /** Puts {@code box} on its layer; the boxes from that layer up move one layer higher. */
    record Add(Box box) implements LayoutEdit {
        @Override
        public Layout apply(Layout layout) {
            return layout.inserting(box);
        }
    }

    /** Takes the box on {@code layer} out; the boxes above it move one layer lower. */
    record Remove(int layer) implements LayoutEdit {
        @Override
        public Layout apply(Layout layout) {
            if (layer == 1) {
                throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE, layout.boxOn(1).name()
                        + " is the primary and cannot be removed: apply a preset or end the mix instead");
            }
            return layout.removing(layer);
        }
    }

    /** Puts the top left corner of the box on {@code layer} at {@code x}, {@code y}. */
    record Move(int layer, int x, int y) implements LayoutEdit {
        @Override
        public Layout apply(Layout layout) {
            return layout.replacing(layer, box -> box.at(x, y));
        }
    }

    /** Gives the box on {@code layer} a new size, its top left corner staying where it is. */
    record Resize(int layer, int width, int height) implements LayoutEdit {
        @Override
        public Layout apply(Layout layout) {
            return layout.replacing(layer, box -> box.sized(width, height));
        }
    }

    /** Moves the box on {@code fromLayer} to {@code toLayer}; the boxes between shift one layer to close the gap. */
    record Restack(int fromLayer, int toLayer) implements LayoutEdit {
        @Override
        public Layout apply(Layout layout) {
            Box moved = layout.boxOn(fromLayer);
            if (fromLayer == 1 || toLayer == 1) {
                throw new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE, moved.name() + " cannot move to layer "
                        + toLayer + ": layer 1 stays the primary, under every other box");
            }
            return layout.removing(fromLayer).inserting(moved.onLayer(toLayer));
        }
    }

    /** Replaces the whole layout by {@code preset} for a primary of {@code primary} size and these streams. */
    record ApplyPreset(Preset preset, PictureSize primary, List<String> streamIds) implements LayoutEdit {
        public ApplyPreset {
            streamIds = List.copyOf(streamIds);
        }

        @Override
        public Layout apply(Layout layout) {
            return preset.arrange(primary, streamIds, layout.scheme());
        }
    }
}
