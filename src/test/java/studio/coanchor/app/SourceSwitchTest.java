package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.coanchor.capture.MediaFileSource;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoFrame;

/** Switching between real test-pattern sources, and to a file that is no video. */
class SourceSwitchTest {
    @TempDir
    Path folder;

    private final Frames frames = new Frames();
    private final SourceSwitch sources = new SourceSwitch(frames);

    @Test
    void theNewSourceTakesOverAtItsFirstPictureAndOnlyOneSourcePassesAtATime() throws Exception {
        sources.use(pattern(320, 180), event -> { }, false);
        Thread.sleep(600);
        sources.use(pattern(640, 360), event -> { }, false);
        Thread.sleep(600);
        sources.close();

        List<Frames.Picture> pictures = frames.pictures();
        int firstLarge = indexOfWidth(pictures, 640);
        assertTrue(firstLarge > 3, "the first source showed pictures before the switch: " + firstLarge);
        assertTrue(pictures.subList(0, firstLarge).stream().allMatch(picture -> picture.width() == 320));
        assertTrue(pictures.subList(firstLarge, pictures.size()).stream().allMatch(picture -> picture.width() == 640),
                "no picture of the old source after the handover");
        assertRising(pictures.stream().map(Frames.Picture::ptsMicros).toList());
        assertRising(frames.audioTimes());
        long gapMicros = pictures.get(firstLarge).ptsMicros() - pictures.get(firstLarge - 1).ptsMicros();
        assertTrue(gapMicros < 150_000, "the picture never pauses for the switch: " + gapMicros + " µs");
        int count = pictures.size();
        Thread.sleep(200);
        assertEquals(count, frames.pictures().size(), "closing stops the source");
    }

    @Test
    void aSourceThatCannotStartLeavesTheCurrentOneRunning() throws Exception {
        Path notVideo = Files.writeString(folder.resolve("notes.txt"), "not a video at all\n".repeat(50));
        sources.use(pattern(320, 180), event -> { }, false);

        MediaException refused = assertThrows(MediaException.class,
                () -> sources.use(new MediaFileSource(notVideo, false, false), event -> { }, false));

        assertEquals(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, refused.code());
        assertStillDelivering(320);
        sources.close();
    }

    @Test
    void aSourceOnTheSameDeviceReplacesTheOldOneOrBringsItBack() throws Exception {
        Path notVideo = Files.writeString(folder.resolve("notes.txt"), "not a video at all\n".repeat(50));
        sources.use(pattern(320, 180), event -> { }, false);

        assertThrows(MediaException.class,
                () -> sources.use(new MediaFileSource(notVideo, false, false), event -> { }, true));
        assertStillDelivering(320);

        sources.use(pattern(640, 360), event -> { }, true);
        assertStillDelivering(640);
        sources.close();
    }

    private void assertStillDelivering(int width) throws InterruptedException {
        int before = frames.pictures().size();
        Thread.sleep(400);
        List<Frames.Picture> pictures = frames.pictures();
        assertTrue(pictures.size() > before + 2, "pictures keep coming");
        assertEquals(width, pictures.get(pictures.size() - 1).width());
    }

    private static TestPatternSource pattern(int width, int height) {
        return new TestPatternSource(width, height, 15, true, false);
    }

    private static int indexOfWidth(List<Frames.Picture> pictures, int width) {
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i).width() == width) {
                return i;
            }
        }
        throw new AssertionError("no picture " + width + " wide among " + pictures.size());
    }

    private static void assertRising(List<Long> times) {
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) > times.get(i - 1), "time " + i + " rises: " + times.get(i - 1) + " then "
                    + times.get(i));
        }
    }

    /** What came out of the switch, in order. */
    private static final class Frames implements FrameSink {
        record Picture(int width, long ptsMicros) {
        }

        private final List<Picture> pictures = new ArrayList<>();
        private final List<Long> audioTimes = new ArrayList<>();

        @Override
        public synchronized void onVideo(VideoFrame frame) {
            pictures.add(new Picture(frame.width(), frame.ptsMicros()));
        }

        @Override
        public synchronized void onAudio(AudioFrame frame) {
            audioTimes.add(frame.ptsMicros());
        }

        synchronized List<Picture> pictures() {
            return List.copyOf(pictures);
        }

        synchronized List<Long> audioTimes() {
            return List.copyOf(audioTimes);
        }
    }
}
