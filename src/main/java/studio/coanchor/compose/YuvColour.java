package studio.coanchor.compose;

import studio.coanchor.mix.CanvasColor;

/** A colour as the YUV 4:2:0 canvas stores it: BT.601 limited range, which is what swscale writes by default. */
record YuvColour(int y, int u, int v) {
    static final YuvColour BLACK = new YuvColour(16, 128, 128);

    static YuvColour of(CanvasColor colour) {
        int r = (colour.rgb() >> 16) & 0xFF;
        int g = (colour.rgb() >> 8) & 0xFF;
        int b = colour.rgb() & 0xFF;
        return new YuvColour(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16,
                ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128,
                ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
    }

    /** The value of plane {@code index}: Y, U or V. */
    int plane(int index) {
        return switch (index) {
            case 0 -> y;
            case 1 -> u;
            default -> v;
        };
    }
}
