package studio.coanchor.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.TrackKind;

class SendQueueTest {
    private final AtomicInteger keyFrameRequests = new AtomicInteger();
    private long clock;

    private EncodedPacket video(boolean key) {
        clock += 33;
        return new EncodedPacket(TrackKind.VIDEO, new byte[100], clock, clock, key, null);
    }

    private EncodedPacket audio() {
        return new EncodedPacket(TrackKind.AUDIO, new byte[10], clock, clock, true, null);
    }

    private List<EncodedPacket> drain(SendQueue queue) throws InterruptedException {
        List<EncodedPacket> out = new ArrayList<>();
        for (EncodedPacket p = queue.poll(0); p != null; p = queue.poll(0)) {
            out.add(p);
        }
        return out;
    }

    @Test
    void overflowDropsVideoUpToTheNextKeyFrameButKeepsAudio() throws InterruptedException {
        SendQueue queue = new SendQueue(4, keyFrameRequests::incrementAndGet);
        queue.offer(video(true));
        queue.offer(audio());
        queue.offer(video(false));
        queue.offer(video(true));
        queue.offer(audio());
        queue.offer(video(false));
        queue.offer(video(false));

        List<EncodedPacket> sent = drain(queue);
        assertEquals(2, queue.droppedVideo(), "the first key frame and the P-frame after it go");
        assertTrue(sent.get(0).isVideo() == false && sent.get(1).keyFrame(), "audio kept, stream resumes at a key frame");
        assertEquals(2, sent.stream().filter(p -> !p.isVideo()).count());
        assertEquals(0, keyFrameRequests.get(), "a key frame was still queued");
    }

    @Test
    void overflowWithoutAQueuedKeyFrameWaitsForTheEncodersNextOne() throws InterruptedException {
        SendQueue queue = new SendQueue(3, keyFrameRequests::incrementAndGet);
        queue.offer(video(true));
        queue.offer(video(false));
        queue.offer(video(false));
        queue.offer(video(false));
        queue.offer(audio());
        queue.offer(video(false));

        assertEquals(1, keyFrameRequests.get());
        assertEquals(5, queue.droppedVideo());
        assertEquals(1, drain(queue).size(), "only the audio is left");
        queue.offer(video(true));
        assertEquals(1, drain(queue).size(), "the next key frame is accepted");
    }

    @Test
    void restartAtKeyFrameDiscardsWhatWaitedAndAsksForAnIdr() throws InterruptedException {
        SendQueue queue = new SendQueue(30, keyFrameRequests::incrementAndGet);
        queue.offer(video(true));
        queue.offer(audio());
        queue.restartAtKeyFrame();
        queue.offer(video(false));
        queue.offer(audio());

        assertEquals(1, keyFrameRequests.get());
        List<EncodedPacket> sent = drain(queue);
        assertEquals(1, sent.size());
        assertTrue(!sent.get(0).isVideo());
        assertEquals(2, queue.droppedVideo());
    }

    @Test
    void audioIsBoundedOnlyWhenTheLinkIsDownForLong() throws InterruptedException {
        SendQueue queue = new SendQueue(30, keyFrameRequests::incrementAndGet);
        for (int i = 0; i < SendQueue.AUDIO_LIMIT + 20; i++) {
            queue.offer(audio());
        }
        assertEquals(SendQueue.AUDIO_LIMIT, queue.size());
    }

    @Test
    void pollReturnsNullOnTimeoutAndAfterClose() throws InterruptedException {
        SendQueue queue = new SendQueue(30, keyFrameRequests::incrementAndGet);
        assertNull(queue.poll(20));
        queue.offer(audio());
        queue.close();
        assertNull(queue.poll(1000));
        queue.offer(audio());
        assertEquals(0, queue.size());
    }
}
