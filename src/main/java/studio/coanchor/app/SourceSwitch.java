package studio.coanchor.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoFrame;

/**
 * The one capture source that feeds the studio. A switch starts the new source beside the old one and hands over
 * only once the new one has delivered its first picture, so the preview never goes blank and a push never waits;
 * only the current source's frames pass, one at a time per kind, so timestamps keep rising. When the two sources need
 * the same device the old one is stopped first (the last picture stays on screen) and restarted if the new one fails.
 */
final class SourceSwitch implements AutoCloseable {
    private static final long FIRST_PICTURE_SECONDS = 5;

    private final FrameSink output;
    private final Object videoLock = new Object();
    private final Object audioLock = new Object();
    private volatile Feed current;

    SourceSwitch(FrameSink output) {
        this.output = output;
    }

    /**
     * Makes {@code next} the source, started with {@code events} as its listener. When it fails to start or to
     * deliver a picture in time, the previous source goes on and the failure is thrown.
     *
     * @param sameDevice whether {@code next} needs a device the current source holds
     */
    synchronized void use(CaptureSource next, MediaEventListener events, boolean sameDevice) throws MediaException {
        Feed previous = current;
        Feed feed = new Feed(next, events);
        if (previous != null && sameDevice) {
            handOver(null);
            previous.source.stop();
        }
        try {
            feed.start();
        } catch (MediaException | RuntimeException e) {
            if (previous != null && sameDevice) {
                try {
                    restart(previous);
                } catch (MediaException | RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        handOver(feed);
        if (previous != null && !sameDevice) {
            previous.source.stop();
        }
    }

    /** The source in use, or null before the first. */
    CaptureSource source() {
        Feed feed = current;
        return feed == null ? null : feed.source;
    }

    @Override
    public synchronized void close() {
        Feed last = current;
        handOver(null);
        if (last != null) {
            last.source.stop();
        }
    }

    private void restart(Feed previous) throws MediaException {
        Feed again = new Feed(previous.source, previous.events);
        again.start();
        handOver(again);
    }

    private void handOver(Feed feed) {
        synchronized (videoLock) {
            synchronized (audioLock) {
                current = feed;
            }
        }
    }

    /** One source and the sink it delivers into, which passes frames on only while this feed is the current one. */
    private final class Feed implements FrameSink {
        private final CaptureSource source;
        private final MediaEventListener events;
        private final CountDownLatch firstPicture = new CountDownLatch(1);

        Feed(CaptureSource source, MediaEventListener events) {
            this.source = source;
            this.events = events;
        }

        /** Starts the source and waits for its first picture; a source that shows none in time is stopped. */
        void start() throws MediaException {
            source.start(this, events);
            if (!source.hasVideo()) {
                return;
            }
            boolean delivered;
            try {
                delivered = firstPicture.await(FIRST_PICTURE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                delivered = false;
            }
            if (!delivered) {
                source.stop();
                throw new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, source.description()
                        + " started but showed no picture within " + FIRST_PICTURE_SECONDS + " s; pick another source");
            }
        }

        @Override
        public void onVideo(VideoFrame frame) {
            firstPicture.countDown();
            synchronized (videoLock) {
                if (current == this) {
                    output.onVideo(frame);
                }
            }
        }

        @Override
        public void onAudio(AudioFrame frame) {
            synchronized (audioLock) {
                if (current == this) {
                    output.onAudio(frame);
                }
            }
        }
    }
}
