package studio.coanchor.media;

import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * The capture wall-clock time drawn into the picture so a player can measure glass-to-glass latency after encoding:
 * 48 bits, most significant first, as square blocks of side width/80 along the top-left row, white for 1 and
 * black for 0. Blocks are large and read at their centre, so the code survives H.264 compression.
 */
public final class LatencyBarcode {
    public static final int BITS = 48;
    private static final int BLOCKS_ACROSS = 80;
    private static final int Y_WHITE = 235;
    private static final int Y_BLACK = 16;
    private static final int CHROMA_NEUTRAL = 128;
    private static final int RGB_THRESHOLD = 128;
    /** Values outside 2000-01-01 .. 2200-01-01 are taken for a picture that carries no code. */
    private static final long EARLIEST = 946_684_800_000L;
    private static final long LATEST = 7_258_118_400_000L;

    private LatencyBarcode() {
    }

    /** Draws {@code epochMillis} into {@code frame}'s pixels, which must be writable. */
    public static void stamp(VideoFrame frame, long epochMillis) {
        int block = blockSize(frame);
        if (block == 0) {
            throw new IllegalArgumentException("a " + frame.width() + "x" + frame.height()
                    + " frame is too small for the latency barcode");
        }
        for (int bit = 0; bit < BITS; bit++) {
            boolean one = ((epochMillis >>> (BITS - 1 - bit)) & 1) != 0;
            fill(frame, bit * block, block, one);
        }
    }

    /** The time stamped into {@code frame}, or empty when it carries none (or is too small to). */
    public static OptionalLong read(VideoFrame frame) {
        int block = blockSize(frame);
        if (block == 0) {
            return OptionalLong.empty();
        }
        boolean yuv = frame.format() == PixelFormat.YUV420P || frame.format() == PixelFormat.NV12;
        int threshold = yuv ? (Y_WHITE + Y_BLACK) / 2 : RGB_THRESHOLD;
        long value = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int brightness = centreBrightness(frame, bit * block, block);
            value = (value << 1) | (brightness >= threshold ? 1 : 0);
        }
        return value >= EARLIEST && value <= LATEST ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** Whether {@code frame} is large enough to carry the code (at least 160 pixels wide). */
    public static boolean fits(VideoFrame frame) {
        return blockSize(frame) > 0;
    }

    private static int blockSize(VideoFrame frame) {
        int block = frame.width() / BLOCKS_ACROSS;
        return block >= 2 && block <= frame.height() ? block : 0;
    }

    private static void fill(VideoFrame frame, int x0, int side, boolean white) {
        ByteBuffer[] planes = frame.planes();
        int[] strides = frame.strides();
        switch (frame.format()) {
            case YUV420P, NV12 -> {
                byte luma = (byte) (white ? Y_WHITE : Y_BLACK);
                for (int y = 0; y < side; y++) {
                    for (int x = x0; x < x0 + side; x++) {
                        planes[0].put(y * strides[0] + x, luma);
                    }
                }
                int cx0 = x0 / 2;
                int cx1 = (x0 + side + 1) / 2;
                int rows = (side + 1) / 2;
                for (int y = 0; y < rows; y++) {
                    for (int x = cx0; x < cx1; x++) {
                        if (frame.format() == PixelFormat.YUV420P) {
                            planes[1].put(y * strides[1] + x, (byte) CHROMA_NEUTRAL);
                            planes[2].put(y * strides[2] + x, (byte) CHROMA_NEUTRAL);
                        } else {
                            planes[1].put(y * strides[1] + 2 * x, (byte) CHROMA_NEUTRAL);
                            planes[1].put(y * strides[1] + 2 * x + 1, (byte) CHROMA_NEUTRAL);
                        }
                    }
                }
            }
            case BGR24, BGRA -> {
                int bytes = frame.format() == PixelFormat.BGR24 ? 3 : 4;
                byte value = (byte) (white ? 255 : 0);
                for (int y = 0; y < side; y++) {
                    for (int x = x0; x < x0 + side; x++) {
                        int at = y * strides[0] + x * bytes;
                        planes[0].put(at, value).put(at + 1, value).put(at + 2, value);
                        if (bytes == 4) {
                            planes[0].put(at + 3, (byte) 255);
                        }
                    }
                }
            }
        }
    }

    /** Mean luma, or green for packed RGB, of the middle half of one block, away from the edges the encoder blurs. */
    private static int centreBrightness(VideoFrame frame, int x0, int side) {
        int from = side / 4;
        int to = Math.max(from + 1, side - side / 4);
        long sum = 0;
        int count = 0;
        ByteBuffer plane = frame.planes()[0];
        int stride = frame.strides()[0];
        for (int y = from; y < to; y++) {
            for (int x = x0 + from; x < x0 + to; x++) {
                sum += switch (frame.format()) {
                    case YUV420P, NV12 -> plane.get(y * stride + x) & 0xFF;
                    case BGR24 -> green(plane, y * stride + x * 3);
                    case BGRA -> green(plane, y * stride + x * 4);
                };
                count++;
            }
        }
        return (int) (sum / count);
    }

    private static int green(ByteBuffer plane, int pixel) {
        return plane.get(pixel + 1) & 0xFF;
    }
}
