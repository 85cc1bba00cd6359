package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.VideoFrame;

class PreviewTapTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    /** Left half red, right half blue, in BGR24 with padded rows. */
    private static VideoFrame redBlue(int width, int height, boolean direct) {
        int stride = width * 3 + 16;
        ByteBuffer pixels = direct ? ByteBuffer.allocateDirect(stride * height) : ByteBuffer.allocate(stride * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                pixels.put(y * stride + x * 3, (byte) (left ? 0 : 255));
                pixels.put(y * stride + x * 3 + 1, (byte) 0);
                pixels.put(y * stride + x * 3 + 2, (byte) (left ? 255 : 0));
            }
        }
        return new VideoFrame(width, height, PixelFormat.BGR24, new ByteBuffer[] {pixels}, new int[] {stride}, 42, 0);
    }

    private static void assertColour(int expected, int actual) {
        for (int shift = 0; shift < 32; shift += 8) {
            int want = (expected >>> shift) & 0xFF;
            int got = (actual >>> shift) & 0xFF;
            assertTrue(Math.abs(want - got) <= 8, String.format("expected %08x, got %08x", expected, actual));
        }
    }

    @Test
    void scalesToPreviewWidthAsArgb() {
        LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
        try (PreviewTap tap = new PreviewTap(320, slot)) {
            tap.onVideo(redBlue(640, 360, true));
            PreviewImage image = slot.peek();
            assertEquals(320, image.width());
            assertEquals(180, image.height());
            assertEquals(42, image.ptsMicros());
            assertEquals(320 * 180, image.pixels().remaining());
            assertColour(RED, image.pixels().get(90 * 320 + 80));
            assertColour(BLUE, image.pixels().get(90 * 320 + 240));

            tap.onVideo(redBlue(200, 100, false).copy());
            PreviewImage small = tap.latest();
            assertEquals(200, small.width(), "never enlarged");
            assertEquals(100, small.height());
            assertColour(BLUE, small.pixels().get(50 * 200 + 150));
        }
    }

    @Test
    void convertsTheYuvTestPattern() throws Exception {
        LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
        TestPatternSource source = new TestPatternSource(640, 480, 30, false, false);
        try (PreviewTap tap = new PreviewTap(160, slot)) {
            source.start(tap, event -> { });
            Thread.sleep(300);
            source.stop();
            PreviewImage image = tap.latest();
            assertNotNull(image);
            assertEquals(160, image.width());
            assertEquals(120, image.height());
            long distinct = java.util.Arrays.stream(image.pixels().array()).distinct().count();
            assertTrue(distinct > 20, "a colourful pattern, " + distinct + " colours");
            assertTrue(java.util.Arrays.stream(image.pixels().array()).allMatch(p -> (p >>> 24) == 0xFF), "opaque");
        }
    }

    @Test
    void snapshotIsAPngOfTheLatestPicture(@TempDir Path dir) throws Exception {
        LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
        try (PreviewTap tap = new PreviewTap(320, slot)) {
            assertThrows(IOException.class, () -> tap.snapshot(dir.resolve("none.png")));
            tap.onVideo(redBlue(320, 180, true));
            Path file = dir.resolve("snap.png");
            tap.snapshot(file);
            BufferedImage png = ImageIO.read(file.toFile());
            assertEquals(320, png.getWidth());
            assertEquals(180, png.getHeight());
            assertColour(RED, png.getRGB(40, 90));
            assertColour(BLUE, png.getRGB(280, 90));
        }
        PreviewImage kept = slot.peek();
        assertSame(kept, slot.peek(), "the image outlives the tap");
    }
}
