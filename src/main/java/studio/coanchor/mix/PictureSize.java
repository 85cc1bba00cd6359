package studio.coanchor.mix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A picture's width and height in pixels, each 1 to {@value #MAX_SIDE} (Tencent mixes nothing larger). */
public record PictureSize(int width, int height) {
    public static final int MAX_SIDE = 2999;
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})[xX](\\d{1,5})");

    public PictureSize {
        if (outOfRange(width) || outOfRange(height)) {
            throw new LayoutException(LayoutRule.SIZE, "the primary picture " + width + "x" + height
                    + " is not a size Tencent mixes: give a width and a height from 1 to " + MAX_SIDE);
        }
    }

    /** Reads {@code WxH}, e.g. {@code 540x960}. */
    public static PictureSize parse(String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a picture size: write WIDTHxHEIGHT, e.g. 540x960");
        }
        return new PictureSize(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    static boolean outOfRange(int side) {
        return side < 1 || side > MAX_SIDE;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
