package studio.coanchor.ui.layout;

import javafx.geometry.Orientation;

/**
 * A line a dragged edge snapped to, shown while the drag lasts: a vertical line at {@code x = position} or a
 * horizontal one at {@code y = position}, in picture pixels.
 */
public record Guide(Orientation orientation, int position) {

    public static Guide vertical(int x) {
        return new Guide(Orientation.VERTICAL, x);
    }

    public static Guide horizontal(int y) {
        return new Guide(Orientation.HORIZONTAL, y);
    }
}
