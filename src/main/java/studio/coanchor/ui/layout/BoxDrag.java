package studio.coanchor.ui.layout;

import java.util.ArrayList;
import java.util.List;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutEdit;
import studio.coanchor.mix.PictureSize;

/**
 * One drag of a box by its body or a handle, in picture pixels: where the box goes for a pointer moved by
 * {@code dx, dy} from where the drag began. The box stays inside the picture and at least {@value #MIN_SIDE} pixels
 * wide and high (or its own size, when smaller), and a moving edge within the snap distance of an edge of the
 * picture or of another box lands on it, with a {@link Guide} to show where.
 */
public final class BoxDrag {
    /** The smallest side a handle makes; boxes smaller than this are not made smaller still. */
    public static final int MIN_SIDE = 16;

    private final Box start;
    private final DragHandle handle;
    private final PictureSize picture;
    private final List<Integer> verticalEdges = new ArrayList<>();
    private final List<Integer> horizontalEdges = new ArrayList<>();

    /** Where the box is, how it moves and what it snaps to. */
    public record Step(Box box, List<Guide> guides) {
        public Step {
            guides = List.copyOf(guides);
        }
    }

    /** Starts a drag of the box on {@code layer} of {@code layout}. */
    public BoxDrag(Layout layout, int layer, DragHandle handle) {
        this.start = layout.boxOn(layer);
        this.handle = handle;
        this.picture = layout.picture();
        verticalEdges.addAll(List.of(0, picture.width()));
        horizontalEdges.addAll(List.of(0, picture.height()));
        for (Box other : layout.boxes()) {
            if (other.layer() != layer) {
                verticalEdges.addAll(List.of(other.x(), other.right()));
                horizontalEdges.addAll(List.of(other.y(), other.bottom()));
            }
        }
    }

    /**
     * The box for a pointer moved {@code dx, dy} picture pixels since the drag began.
     *
     * @param snap how near, in picture pixels, an edge must come to another to snap to it
     */
    public Step to(double dx, double dy, double snap) {
        List<Guide> guides = new ArrayList<>();
        Span across = Span.of(handle.horizontal(), start.x(), start.right(), dx, picture.width(), verticalEdges, snap);
        Span down = Span.of(handle.vertical(), start.y(), start.bottom(), dy, picture.height(), horizontalEdges, snap);
        if (across.guide() != null) {
            guides.add(Guide.vertical(across.guide()));
        }
        if (down.guide() != null) {
            guides.add(Guide.horizontal(down.guide()));
        }
        Box box = start.at(across.from(), down.from()).sized(across.to() - across.from(), down.to() - down.from());
        return new Step(box, guides);
    }

    /**
     * The edits that take the box from where it is in the layout to {@code target}: a move and a resize, ordered
     * per axis so that every layout on the way keeps the box inside the picture. On each axis either the new
     * position fits with the old size, or the old position with the new size (one edge stays put on a handle drag).
     */
    public static List<LayoutEdit> edits(Box current, Box target, PictureSize picture) {
        int firstX = target.x() + current.width() <= picture.width() ? target.x() : current.x();
        int firstY = target.y() + current.height() <= picture.height() ? target.y() : current.y();
        int layer = current.layer();
        return List.of(new LayoutEdit.Move(layer, firstX, firstY),
                new LayoutEdit.Resize(layer, target.width(), target.height()),
                new LayoutEdit.Move(layer, target.x(), target.y()));
    }

    /** One axis of the dragged box, from {@code from} to {@code to}, and the edge it snapped to, if any. */
    private record Span(int from, int to, Integer guide) {

        static Span of(DragHandle.Edge edge, int from, int to, double delta, int limit, List<Integer> edges,
                       double snap) {
            int shift = (int) Math.round(delta);
            int length = to - from;
            int shortest = Math.min(BoxDrag.MIN_SIDE, length);
            return switch (edge) {
                case NONE -> new Span(from, to, null);
                case BOTH -> {
                    Snapped start = Snapped.of(clamp(from + shift, 0, limit - length), 0, limit - length,
                            new int[] {0, length}, edges, snap);
                    yield new Span(start.value(), start.value() + length, start.guide());
                }
                case START -> {
                    Snapped start = Snapped.of(clamp(from + shift, 0, to - shortest), 0, to - shortest,
                            new int[] {0}, edges, snap);
                    yield new Span(start.value(), to, start.guide());
                }
                case END -> {
                    Snapped end = Snapped.of(clamp(to + shift, from + shortest, limit), from + shortest, limit,
                            new int[] {0}, edges, snap);
                    yield new Span(from, end.value(), end.guide());
                }
            };
        }
    }

    /** A position after snapping: one of its edges ({@code value + offset}) on the nearest edge within reach. */
    private record Snapped(int value, Integer guide) {

        static Snapped of(int value, int min, int max, int[] offsets, List<Integer> edges, double snap) {
            int best = value;
            Integer guide = null;
            double nearest = snap;
            for (int edge : edges) {
                for (int offset : offsets) {
                    int candidate = edge - offset;
                    double distance = Math.abs(value + offset - edge);
                    if (candidate >= min && candidate <= max && distance <= nearest && (guide == null || distance < nearest)) {
                        best = candidate;
                        guide = edge;
                        nearest = distance;
                    }
                }
            }
            return new Snapped(best, guide);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
