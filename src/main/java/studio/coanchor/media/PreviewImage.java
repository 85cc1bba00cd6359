package studio.coanchor.media;

import java.nio.IntBuffer;

/**
 * A picture ready for the screen: premultiplied ARGB ints, {@code width} per row, no padding. Produced off the
 * JavaFX thread and published through a {@link LatestFrameSlot}.
 */
public record PreviewImage(int width, int height, IntBuffer pixels, long ptsMicros) {
}
