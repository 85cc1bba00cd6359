package studio.coanchor.encode;

import java.nio.ByteBuffer;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/** Synthetic pictures with motion and detail everywhere, so an encoder has real work at every frame. */
final class MovingPattern {
    private final int width;
    private final int height;
    private final PixelFormat format;
    private final boolean direct;

    MovingPattern(int width, int height, PixelFormat format, boolean direct) {
        this.width = width;
        this.height = height;
        this.format = format;
        this.direct = direct;
    }

    VideoFrame frame(int index, long ptsMicros) {
        return switch (format) {
            case YUV420P -> yuv(index, ptsMicros);
            case BGR24 -> packed(index, ptsMicros, 3);
            case BGRA -> packed(index, ptsMicros, 4);
            case NV12 -> throw new IllegalArgumentException("not generated: " + format);
        };
    }

    private VideoFrame yuv(int index, long ptsMicros) {
        int chromaWidth = width / 2;
        int chromaHeight = height / 2;
        ByteBuffer y = allocate(width * height);
        ByteBuffer u = allocate(chromaWidth * chromaHeight);
        ByteBuffer v = allocate(chromaWidth * chromaHeight);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                y.put(row * width + col, luma(index, row, col));
            }
        }
        for (int row = 0; row < chromaHeight; row++) {
            for (int col = 0; col < chromaWidth; col++) {
                u.put(row * chromaWidth + col, (byte) (128 + 60 * Math.sin((col + index * 3) / 17.0)));
                v.put(row * chromaWidth + col, (byte) (128 + 60 * Math.cos((row - index * 2) / 13.0)));
            }
        }
        return new VideoFrame(width, height, PixelFormat.YUV420P, new ByteBuffer[] {y, u, v},
                new int[] {width, chromaWidth, chromaWidth}, ptsMicros, ptsMicros / 1000);
    }

    private VideoFrame packed(int index, long ptsMicros, int bytesPerPixel) {
        ByteBuffer pixels = allocate(width * height * bytesPerPixel);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int at = (row * width + col) * bytesPerPixel;
                byte level = luma(index, row, col);
                pixels.put(at, level);
                pixels.put(at + 1, (byte) (col + index));
                pixels.put(at + 2, (byte) (row - index));
                if (bytesPerPixel == 4) {
                    pixels.put(at + 3, (byte) 255);
                }
            }
        }
        return new VideoFrame(width, height, format, new ByteBuffer[] {pixels}, new int[] {width * bytesPerPixel},
                ptsMicros, ptsMicros / 1000);
    }

    /** Moving stripes plus a pseudo-random texture that changes every frame. */
    private static byte luma(int index, int row, int col) {
        int stripes = ((col + index * 8) / 16 + (row + index * 4) / 16) % 2 == 0 ? 60 : 190;
        int hash = (row * 73856093) ^ (col * 19349663) ^ (index * 83492791);
        return (byte) (stripes + ((hash >>> 13) & 0x3f) - 32);
    }

    private ByteBuffer allocate(int size) {
        return direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    }
}
