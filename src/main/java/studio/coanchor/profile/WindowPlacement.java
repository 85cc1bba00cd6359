package studio.coanchor.profile;

/** Where a window was and how large, in screen coordinates, so it opens there again. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public WindowPlacement {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a window placement needs finite x and y and a size above zero, was "
                    + x + "," + y + " " + width + "x" + height);
        }
    }
}
