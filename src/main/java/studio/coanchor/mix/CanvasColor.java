package studio.coanchor.mix;

import java.util.Locale;
import java.util.regex.Pattern;

/** A canvas colour, written {@code 0xRRGGBB} as Mix_StreamV2's {@code color} is. */
public record CanvasColor(int rgb) {
    public static final CanvasColor BLACK = new CanvasColor(0);
    private static final Pattern FORM = Pattern.compile("0[xX][0-9a-fA-F]{6}");

    public CanvasColor {
        if ((rgb & 0xFF000000) != 0) {
            throw new LayoutException(LayoutRule.INPUT_TYPE, "colour " + Integer.toHexString(rgb)
                    + " has more than red, green and blue: give 0xRRGGBB");
        }
    }

    public static CanvasColor parse(String text) {
        if (!FORM.matcher(text).matches()) {
            throw new LayoutException(LayoutRule.INPUT_TYPE, "colour '" + text
                    + "' is not 0x and six hex digits (0xRRGGBB), e.g. 0x000000 for black");
        }
        return new CanvasColor(Integer.parseInt(text.substring(2), 16));
    }

    /** {@code 0xrrggbb}, as Tencent's examples write it. */
    public String hex() {
        return String.format(Locale.ROOT, "0x%06x", rgb);
    }

    @Override
    public String toString() {
        return hex();
    }
}
