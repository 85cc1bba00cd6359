package studio.coanchor.mix;

/**
 * The part of an input that a box shows, in the input's own pixels ({@code crop_params}); it is scaled into the
 * box. Whether it lies inside the input is known only once the input's size is: see {@link Layout#checkCrops}.
 */
public record Crop(int width, int height, int x, int y) {

    /** The problem with this crop on its own, or null; {@code box} names the box in the message. */
    String problem(String box) {
        if (x < 0 || y < 0) {
            return box + " crops from " + x + "," + y + ": crop_x and crop_y start at 0, the input's top left";
        }
        if (PictureSize.outOfRange(width) || PictureSize.outOfRange(height)) {
            return box + " crops " + width + "x" + height + ": a crop is 1 to " + PictureSize.MAX_SIDE
                    + " pixels wide and high";
        }
        return null;
    }

    /** The problem with this crop on an input of {@code input} size, or null. */
    String problemOn(PictureSize input, String box) {
        if (x + width > input.width()) {
            return box + " crops to x=" + (x + width) + " but its input is " + input.width()
                    + " wide: crop further left or narrower";
        }
        if (y + height > input.height()) {
            return box + " crops to y=" + (y + height) + " but its input is " + input.height()
                    + " high: crop higher up or shorter";
        }
        return null;
    }

    @Override
    public String toString() {
        return width + "x" + height + " at " + x + "," + y;
    }
}
