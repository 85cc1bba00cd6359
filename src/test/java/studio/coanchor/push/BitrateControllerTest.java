package studio.coanchor.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Auto bitrate's decisions on a model uplink: the encoder produces the bitrate asked plus the audio, the link carries
 * up to its capacity and the rest waits in the queue, read every frame (15 fps).
 */
class BitrateControllerTest {
    private static final int AUDIO = 64;
    private static final long FRAME_MILLIS = 66;

    /** A link of a given capacity behind a queue; time moves a frame at a time. */
    private static final class ModelLink {
        int capacityKbps;
        double backlogBits;
        double sentBits;
        long nowMillis;

        ModelLink(int capacityKbps) {
            this.capacityKbps = capacityKbps;
        }

        /** One frame's time at {@code kbps} of video; returns the controller's answer. */
        int frame(BitrateController controller) {
            int kbps = controller.kbps();
            backlogBits += (kbps + AUDIO) * FRAME_MILLIS;
            double out = Math.min(backlogBits, capacityKbps * (double) FRAME_MILLIS);
            backlogBits -= out;
            sentBits += out;
            nowMillis += FRAME_MILLIS;
            return controller.update(nowMillis, queueMillis(kbps), (long) (sentBits / 8));
        }

        int queueMillis(int kbps) {
            return (int) (backlogBits / (kbps + AUDIO));
        }

        void run(BitrateController controller, long millis) {
            for (long end = nowMillis + millis; nowMillis < end; ) {
                frame(controller);
            }
        }
    }

    @Test
    void aCapStepsDownAtOnceToWhatTheLinkCarriesLessTheAudio() {
        BitrateController controller = new BitrateController(250, 1200, 1200, AUDIO);
        ModelLink link = new ModelLink(2_000);
        link.run(controller, 3_000);
        assertEquals(1200, controller.kbps(), "a fast link leaves the bitrate alone");

        link.capacityKbps = 600;
        long capped = link.nowMillis;
        while (controller.kbps() == 1200 && link.nowMillis - capped < 3_000) {
            link.frame(controller);
        }
        assertTrue(link.nowMillis - capped < 1_500, "reacts within 1.5 s, took " + (link.nowMillis - capped));
        link.run(controller, 3_000);
        assertTrue(controller.kbps() + AUDIO < 600, "settles under the cap: " + controller.kbps());
        assertTrue(controller.kbps() >= 400, "and not far under it: " + controller.kbps());
    }

    @Test
    void underALastingCapTheQueueStaysShortAndTheBitrateNearTheCapacity() {
        BitrateController controller = new BitrateController(250, 1200, 1200, AUDIO);
        ModelLink link = new ModelLink(600);
        link.run(controller, 5_000);
        int longest = 0;
        long sum = 0;
        int frames = 0;
        for (long end = link.nowMillis + 30_000; link.nowMillis < end; frames++) {
            int kbps = link.frame(controller);
            longest = Math.max(longest, link.queueMillis(kbps));
            sum += kbps;
        }
        assertTrue(longest < 600, "the queue stays short once settled: " + longest + " ms");
        double mean = (double) sum / frames;
        assertTrue(mean + AUDIO > 0.75 * 600 && mean + AUDIO < 600, "uses most of the link: " + mean);
    }

    @Test
    void afterTheCapIsLiftedTheBitrateIsBackAtTheMaximumWithin20Seconds() {
        BitrateController controller = new BitrateController(250, 1200, 1200, AUDIO);
        ModelLink link = new ModelLink(600);
        link.run(controller, 20_000);
        link.capacityKbps = 5_000;
        long lifted = link.nowMillis;
        while (controller.kbps() < 1200 && link.nowMillis - lifted < 30_000) {
            link.frame(controller);
        }
        assertEquals(1200, controller.kbps());
        assertTrue(link.nowMillis - lifted <= 20_000, "back at the maximum after " + (link.nowMillis - lifted) + " ms");
    }

    @Test
    void aKeyFramesBurstIsNotCongestion() {
        BitrateController controller = new BitrateController(250, 1200, 1200, AUDIO);
        long now = 0;
        for (int i = 0; i < 30; i++) {
            now += FRAME_MILLIS;
            controller.update(now, 0, now * 100);
        }
        for (int i = 0; i < 3; i++) {
            now += FRAME_MILLIS;
            assertEquals(1200, controller.update(now, 300, now * 100), "a short spike of the queue changes nothing");
        }
    }

    @Test
    void neverLeavesItsRangeAndKeepsTheBitrateAcrossAReconnect() {
        BitrateController controller = new BitrateController(300, 900, 900, AUDIO);
        ModelLink link = new ModelLink(100);
        link.run(controller, 10_000);
        assertEquals(300, controller.kbps(), "a link slower than the minimum leaves the minimum");
        controller.restart();
        assertEquals(300, controller.kbps());
        link.capacityKbps = 10_000;
        link.run(controller, 60_000);
        assertEquals(900, controller.kbps(), "and a fast one the maximum");
    }
}
