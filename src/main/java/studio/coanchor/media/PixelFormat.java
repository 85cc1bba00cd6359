package studio.coanchor.media;

/** Pixel layouts that frames travel in between capture, encoding, composition and display. */
public enum PixelFormat {
    /** Planar 4:2:0: Y plane, then U and V at half width and height. What H.264 encoders take. */
    YUV420P(3),
    /** Y plane, then one plane of interleaved U/V at half height. What Quick Sync takes. */
    NV12(2),
    /** Packed 3 bytes per pixel, blue first. */
    BGR24(1),
    /** Packed 4 bytes per pixel, blue first; in memory the layout of JavaFX's premultiplied INT_ARGB on little-endian. */
    BGRA(1);

    private final int planes;

    PixelFormat(int planes) {
        this.planes = planes;
    }

    public int planes() {
        return planes;
    }
}
