package studio.coanchor.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.CanvasColor;
import studio.coanchor.mix.Crop;
import studio.coanchor.mix.InputType;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;
import studio.coanchor.testkit.Yuv;

/** The compositor on pictures FFmpeg made, checked pixel by pixel. */
class CompositorTest {
    private static final int BLUE = 0x1030c0;
    private static final int RED = 0xe02020;
    private static final int GREEN = 0x20c040;
    private static final int YELLOW = 0xf0e030;
    private static final int WHITE = 0xf0f0f0;
    private static final Yuv BLACK = new Yuv(16, 128, 128);
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);

    private final Compositor compositor = new Compositor();
    private final Map<String, VideoFrame> pictures = new HashMap<>();

    @AfterEach
    void close() {
        compositor.close();
    }

    @Test
    void eachInputIsScaledIntoItsBoxExactlyWhereTheLayoutPutsIt() throws Exception {
        pictures.put("denny", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("rex", FfmpegPictures.solid(RED, 320, 480, PixelFormat.YUV420P));
        pictures.put("link", FfmpegPictures.solid(GREEN, 320, 480, PixelFormat.YUV420P));
        pictures.put("shock", FfmpegPictures.solid(YELLOW, 160, 240, PixelFormat.YUV420P));
        Layout column = StandardPreset.COLUMN.arrange(PORTRAIT, List.of("denny", "rex", "link", "shock"),
                MixScheme.CLASSIC);

        VideoFrame mixed = compositor.compose(column, pictures::get, 123);

        assertEquals(540, mixed.width());
        assertEquals(960, mixed.height());
        assertEquals(PixelFormat.YUV420P, mixed.format());
        assertEquals(123, mixed.ptsMicros());
        assertNear(BLUE, mixed, 100, 100);
        assertNear(BLUE, mixed, 379, 700);
        int[] stacked = {BLUE, RED, GREEN, YELLOW, BLUE};
        for (int i = 1; i <= 3; i++) {
            Box box = column.secondaries().get(i - 1);
            assertBoxExact(mixed, box, stacked[i], BLUE, stacked[i + 1], stacked[i - 1]);
        }
    }

    @Test
    void aCropShowsOnlyThePartOfTheInputItNames() throws Exception {
        pictures.put("main", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("guest", FfmpegPictures.quarters(RED, GREEN, YELLOW, WHITE, 160, 120));
        Box topRight = Box.of("guest", 2, 100, 200, 200, 150).withCrop(new Crop(160, 120, 160, 0));
        Box bottomLeftHalf = Box.of("guest", 3, 300, 600, 100, 100).withCrop(new Crop(80, 120, 0, 120));
        Layout layout = new Layout(PORTRAIT, MixScheme.CLASSIC, List.of(Box.primary("main", PORTRAIT), topRight,
                bottomLeftHalf));

        VideoFrame mixed = compositor.compose(layout, pictures::get, 0);

        assertBoxExact(mixed, topRight, GREEN, BLUE);
        assertBoxExact(mixed, bottomLeftHalf, YELLOW, BLUE);
    }

    @Test
    void aCanvasTakesItsColourAndAnInputWithoutAPictureIsBlack() throws Exception {
        PictureSize canvas = new PictureSize(720, 640);
        pictures.put("bob", FfmpegPictures.solid(RED, 360, 640, PixelFormat.YUV420P));
        Layout pk = new Layout(canvas, MixScheme.CLASSIC, List.of(
                Box.canvas("alice", canvas, Optional.of(new CanvasColor(WHITE))),
                Box.of("alice", 2, 0, 0, 360, 640), Box.of("bob", 3, 360, 0, 360, 640),
                Box.of("carol", 4, 600, 40, 80, 60)));

        VideoFrame mixed = compositor.compose(pk, pictures::get, 0);

        assertEquals(BLACK, Yuv.at(mixed, 180, 320), "alice has no picture yet");
        assertBoxExact(mixed, pk.boxOn(4), 0x000000, RED);
        assertNear(RED, mixed, 400, 320);

        Layout canvasOnly = new Layout(canvas, MixScheme.CLASSIC, List.of(
                Box.canvas("alice", canvas, Optional.of(new CanvasColor(WHITE))), Box.of("bob", 2, 10, 10, 36, 64)));
        VideoFrame painted = compositor.compose(canvasOnly, pictures::get, 0);
        assertNear(WHITE, painted, 360, 320);
        assertBoxExact(painted, canvasOnly.boxOn(2), RED, WHITE);
    }

    @Test
    void packedRgbAndHeapOrNativeMemoryInputsComposeAlike() throws Exception {
        VideoFrame rgb = FfmpegPictures.solid(GREEN, 200, 100, PixelFormat.BGRA);
        VideoFrame bgr = FfmpegPictures.solid(YELLOW, 200, 100, PixelFormat.BGR24);
        VideoFrame nv12 = FfmpegPictures.solid(RED, 200, 100, PixelFormat.NV12);
        pictures.put("main", FfmpegPictures.direct(FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P)));
        pictures.put("rgb", rgb);
        pictures.put("bgr", FfmpegPictures.direct(bgr));
        pictures.put("nv12", nv12);
        Layout layout = new Layout(PORTRAIT, MixScheme.CLASSIC, List.of(Box.primary("main", PORTRAIT),
                Box.of("rgb", 2, 20, 20, 100, 50), Box.of("bgr", 3, 20, 100, 300, 150),
                Box.of("nv12", 4, 200, 400, 100, 50).withCrop(new Crop(100, 50, 50, 25))));

        VideoFrame mixed = compositor.compose(layout, pictures::get, 0);

        assertBoxExact(mixed, layout.boxOn(2), GREEN, BLUE);
        assertBoxExact(mixed, layout.boxOn(3), YELLOW, BLUE);
        assertBoxExact(mixed, layout.boxOn(4), RED, BLUE);
    }

    @Test
    void boxesAtOddPlacesAndSizesStayInsideThemselves() throws Exception {
        pictures.put("main", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("odd", FfmpegPictures.solid(YELLOW, 99, 77, PixelFormat.YUV420P));
        Box odd = Box.of("odd", 2, 101, 203, 57, 39);
        Box corner = Box.of("odd", 3, 539 - 31, 959 - 21, 31, 21);
        Layout layout = new Layout(PORTRAIT, MixScheme.CLASSIC, List.of(Box.primary("main", PORTRAIT), odd, corner));

        VideoFrame mixed = compositor.compose(layout, pictures::get, 0);

        assertBoxExact(mixed, odd, YELLOW, BLUE);
        assertNear(YELLOW, mixed, 539 - 15, 959 - 10);
        assertNear(BLUE, mixed, 539 - 32, 959 - 10);
        assertNear(BLUE, mixed, 539 - 15, 959 - 22);
    }

    @Test
    void aCropBeyondAnInputThatTurnedOutSmallerIsCutBackAndOneOutsideItIsBlack() throws Exception {
        pictures.put("main", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("small", FfmpegPictures.solid(RED, 64, 48, PixelFormat.YUV420P));
        Box cutBack = Box.of("small", 2, 0, 0, 100, 100).withCrop(new Crop(320, 240, 32, 24));
        Box outside = Box.of("small", 3, 200, 0, 100, 100).withCrop(new Crop(320, 240, 64, 0));
        Layout layout = new Layout(PORTRAIT, MixScheme.CLASSIC, List.of(Box.primary("main", PORTRAIT), cutBack,
                outside));

        VideoFrame mixed = compositor.compose(layout, pictures::get, 0);

        assertBoxExact(mixed, cutBack, RED, BLUE);
        assertBoxExact(mixed, outside, 0x000000, BLUE);
    }

    @Test
    void aNewLayoutMovesTheBoxAndRepaintsWhereItWas() throws Exception {
        pictures.put("main", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("guest", FfmpegPictures.solid(RED, 160, 240, PixelFormat.YUV420P));
        Layout before = Layout.of(PORTRAIT, Box.primary("main", PORTRAIT), Box.of("guest", 2, 380, 630, 160, 240));
        Layout after = before.replacing(2, box -> box.at(20, 40));
        Layout wider = new Layout(new PictureSize(960, 540), MixScheme.EXTENDED, List.of(
                Box.primary("main", new PictureSize(960, 540)), Box.of("guest", 3, 700, 100, 160, 240)));

        compositor.compose(before, pictures::get, 0);
        VideoFrame moved = compositor.compose(after, pictures::get, 1);
        assertBoxExact(moved, after.boxOn(2), RED, BLUE);
        assertNear(BLUE, moved, 460, 750);

        VideoFrame landscape = compositor.compose(wider, pictures::get, 2);
        assertEquals(960, landscape.width());
        assertBoxExact(landscape, wider.boxOn(3), RED, BLUE);
    }

    @Test
    void pureAudioDrawsNothing() throws Exception {
        pictures.put("main", FfmpegPictures.solid(BLUE, 540, 960, PixelFormat.YUV420P));
        pictures.put("voice", FfmpegPictures.solid(RED, 160, 240, PixelFormat.YUV420P));
        Box voice = new Box("voice", 2, 0, 0, 160, 240, InputType.PURE_AUDIO, Optional.empty(), Optional.empty());
        Layout layout = Layout.of(PORTRAIT, Box.primary("main", PORTRAIT), voice);

        VideoFrame mixed = compositor.compose(layout, pictures::get, 0);

        assertNear(BLUE, mixed, 80, 120);
    }

    /** The box's inside is {@code inside} up to its edges, and the pixels just outside it are {@code outside}. */
    static void assertBoxExact(VideoFrame frame, Box box, int inside, int outside) {
        assertBoxExact(frame, box, inside, outside, outside, outside);
    }

    /** As {@link #assertBoxExact(VideoFrame, Box, int, int)}, with other colours just above and just below the box. */
    static void assertBoxExact(VideoFrame frame, Box box, int inside, int outside, int above, int below) {
        int midX = box.x() + box.width() / 2;
        int midY = box.y() + box.height() / 2;
        assertNear(inside, frame, midX, midY);
        assertLuma(inside, frame, box.x(), midY, box.name() + " left edge");
        assertLuma(inside, frame, box.right() - 1, midY, box.name() + " right edge");
        assertLuma(inside, frame, midX, box.y(), box.name() + " top edge");
        assertLuma(inside, frame, midX, box.bottom() - 1, box.name() + " bottom edge");
        if (box.x() > 0) {
            assertLuma(outside, frame, box.x() - 1, midY, "left of the " + box.name());
        }
        if (box.right() < frame.width()) {
            assertLuma(outside, frame, box.right(), midY, "right of the " + box.name());
        }
        if (box.y() > 0) {
            assertLuma(above, frame, midX, box.y() - 1, "above the " + box.name());
        }
        if (box.bottom() < frame.height()) {
            assertLuma(below, frame, midX, box.bottom(), "below the " + box.name());
        }
    }

    private static void assertNear(int rgb, VideoFrame frame, int x, int y) {
        Yuv expected = Yuv.ofRgb(rgb);
        Yuv actual = Yuv.at(frame, x, y);
        assertTrue(actual.near(expected, 4), "pixel " + x + "," + y + " is " + actual + ", expected " + expected);
    }

    private static void assertLuma(int rgb, VideoFrame frame, int x, int y, String where) {
        int expected = Yuv.ofRgb(rgb).y();
        int actual = Yuv.at(frame, x, y).y();
        assertTrue(Math.abs(actual - expected) <= 4, where + " (" + x + "," + y + ") has luma " + actual + ", expected "
                + expected);
    }
}
