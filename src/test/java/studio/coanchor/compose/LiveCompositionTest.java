package studio.coanchor.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.testkit.RealTime;
import studio.coanchor.testkit.Yuv;

/** A composition running in real time, fed as players feed it and watched as the studio's preview or a pusher is. */
@Timeout(30)
@RealTime
class LiveCompositionTest {
    private static final PictureSize PICTURE = new PictureSize(320, 480);
    private static final long FRAME_MICROS = 1_000_000 / 15;

    private final LatestInputs inputs = new LatestInputs();
    private final Watch watch = new Watch();

    @Test
    void picturesComeOnFrameSlotsAndSoundIn10MsRunsOnTheCompositionsThread() throws Exception {
        inputs.sink("main").onVideo(FfmpegPictures.solid(0x1030c0, 320, 480, PixelFormat.YUV420P));
        LiveComposition composition = new LiveComposition("test", 15, () -> Layout.of(PICTURE,
                Box.primary("main", PICTURE)), inputs, watch);

        composition.start();
        Thread.sleep(1_500);
        composition.stop();

        List<Long> pictures = watch.picturePts();
        assertTrue(pictures.size() >= 10, "about 22 pictures in 1.5 s, got " + pictures.size());
        assertEquals(pictures.size(), composition.pictures());
        for (int i = 1; i < pictures.size(); i++) {
            long gap = pictures.get(i) - pictures.get(i - 1);
            assertTrue(gap > 0 && Math.abs(gap - Math.round((double) gap / FRAME_MICROS) * FRAME_MICROS) <= 1,
                    "pictures sit on 1/15 s slots, gap " + gap + " µs");
        }
        List<AudioFrame> sound = watch.sound();
        assertTrue(sound.size() >= 100, "about 150 chunks of sound in 1.5 s, got " + sound.size());
        for (int i = 0; i < sound.size(); i++) {
            assertEquals(480, sound.get(i).sampleCount());
            assertEquals(sound.get(0).ptsMicros() + i * 10_000L, sound.get(i).ptsMicros(), "sound is continuous");
        }
        assertEquals(List.of("compose-test"), watch.threads());
    }

    @Test
    void aNewLayoutIsFollowedAndAnInputThatStopsKeepsItsLastPicture() throws Exception {
        inputs.sink("main").onVideo(FfmpegPictures.solid(0x1030c0, 320, 480, PixelFormat.YUV420P));
        inputs.sink("guest").onVideo(FfmpegPictures.solid(0xe02020, 80, 120, PixelFormat.YUV420P));
        Layout first = Layout.of(PICTURE, Box.primary("main", PICTURE), Box.of("guest", 2, 200, 300, 80, 120));
        AtomicReference<Layout> layout = new AtomicReference<>(first);
        LiveComposition composition = new LiveComposition("moves", 15, layout::get, inputs, watch);

        composition.start();
        try {
            assertTrue(watch.awaitPixel(240, 360, Yuv.ofRgb(0xe02020)), "the guest shows where the layout puts it");
            layout.set(first.replacing(2, box -> box.at(10, 20)));
            assertTrue(watch.awaitPixel(50, 80, Yuv.ofRgb(0xe02020)), "the guest moves with the layout");
            assertTrue(watch.awaitPixel(240, 360, Yuv.ofRgb(0x1030c0)), "where it was is the primary again");
        } finally {
            composition.stop();
        }
    }

    @Test
    void startStopStartRunsAgainAndStopLeavesNoThread() throws Exception {
        LiveComposition composition = new LiveComposition("again", 15, () -> null, inputs, watch);

        composition.start();
        assertThrows(IllegalStateException.class, composition::start);
        Thread.sleep(200);
        composition.stop();
        composition.stop();
        assertFalse(threadAlive("compose-again"));
        int before = watch.sound().size();
        assertTrue(before > 0, "silence flows while there is no layout");
        assertTrue(watch.picturePts().isEmpty(), "no pictures without a layout");

        composition.start();
        Thread.sleep(200);
        composition.stop();
        assertTrue(watch.sound().size() > before, "the second run delivers too");
        assertFalse(threadAlive("compose-again"));
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(name));
    }

    /** Keeps picture times, sound, the delivering threads and the latest composite's pixels. */
    private static final class Watch implements FrameSink {
        private final List<Long> picturePts = new ArrayList<>();
        private final List<AudioFrame> sound = new ArrayList<>();
        private final List<String> threads = new ArrayList<>();
        private VideoFrame latest;

        @Override
        public synchronized void onVideo(VideoFrame frame) {
            picturePts.add(frame.ptsMicros());
            latest = frame.copy();
            noteThread();
        }

        @Override
        public synchronized void onAudio(AudioFrame frame) {
            sound.add(frame.copy());
            noteThread();
        }

        synchronized List<Long> picturePts() {
            return List.copyOf(picturePts);
        }

        synchronized List<AudioFrame> sound() {
            return List.copyOf(sound);
        }

        synchronized List<String> threads() {
            return List.copyOf(threads);
        }

        boolean awaitPixel(int x, int y, Yuv colour) throws InterruptedException {
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                synchronized (this) {
                    if (latest != null && Yuv.at(latest, x, y).near(colour, 4)) {
                        return true;
                    }
                }
                Thread.sleep(20);
            }
            return false;
        }

        private void noteThread() {
            String name = Thread.currentThread().getName();
            if (!threads.contains(name)) {
                threads.add(name);
            }
        }
    }
}
