package studio.coanchor.encode;

/** Which way up the picture is: landscape (PC default) or portrait (phone-style, width and height swapped). */
public enum Orientation {
    LANDSCAPE,
    PORTRAIT;

    /** The orientation named {@code text}, case-insensitively. */
    public static Orientation parse(String text) {
        return EnumNames.parse(Orientation.class, "orientation", text);
    }

    /** The width, in this orientation, of a picture that is {@code landscapeWidth x landscapeHeight} in landscape. */
    int width(int landscapeWidth, int landscapeHeight) {
        return this == LANDSCAPE ? landscapeWidth : landscapeHeight;
    }

    int height(int landscapeWidth, int landscapeHeight) {
        return this == LANDSCAPE ? landscapeHeight : landscapeWidth;
    }
}
