package studio.coanchor.ui.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import studio.coanchor.mix.Box;

/**
 * What a drag takes hold of: the body of a box, which moves it, or one of its eight handles, which move the edges
 * they sit on. Each names what it does to the horizontal and the vertical edges.
 */
public enum DragHandle {
    BODY(Edge.BOTH, Edge.BOTH),
    NORTH_WEST(Edge.START, Edge.START),
    NORTH(Edge.NONE, Edge.START),
    NORTH_EAST(Edge.END, Edge.START),
    EAST(Edge.END, Edge.NONE),
    SOUTH_EAST(Edge.END, Edge.END),
    SOUTH(Edge.NONE, Edge.END),
    SOUTH_WEST(Edge.START, Edge.END),
    WEST(Edge.START, Edge.NONE);

    /** The eight handles a selected box shows. */
    public static final List<DragHandle> RESIZE_HANDLES = Arrays.stream(values()).filter(handle -> handle != BODY).toList();

    /** Which edges of one axis a drag moves: none, the start (left, top), the end (right, bottom) or both. */
    public enum Edge {
        NONE, START, END, BOTH;

        /** Where on the box's side a handle for this edge sits, 0 the start to 1 the end. */
        double place() {
            return switch (this) {
                case START -> 0;
                case END -> 1;
                case NONE, BOTH -> 0.5;
            };
        }
    }

    private final Edge horizontal;
    private final Edge vertical;

    DragHandle(Edge horizontal, Edge vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    public Edge horizontal() {
        return horizontal;
    }

    public Edge vertical() {
        return vertical;
    }

    /** The handle's centre on {@code box}, in picture pixels. */
    public double x(Box box) {
        return box.x() + horizontal.place() * box.width();
    }

    public double y(Box box) {
        return box.y() + vertical.place() * box.height();
    }

    /** The handle of {@code box} within {@code reach} picture pixels of the point, or none. */
    public static Optional<DragHandle> near(Box box, double x, double y, double reach) {
        return RESIZE_HANDLES.stream()
                .filter(handle -> Math.abs(handle.x(box) - x) <= reach && Math.abs(handle.y(box) - y) <= reach)
                .findFirst();
    }
}
