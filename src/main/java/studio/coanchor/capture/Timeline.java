package studio.coanchor.capture;

import studio.coanchor.media.MediaClock;

/**
 * Places grabbed frames on the {@link MediaClock}. A live device is stamped when a frame arrives; a generator or
 * file is paced like {@code ffmpeg -re}: each frame keeps its own timestamp, offset so the first frame is now, and
 * is held back until that time comes. After a rewind the next segment starts where the previous one ended, so
 * timestamps keep rising across loops.
 */
final class Timeline {
    private static final long UNSET = Long.MIN_VALUE;

    private final boolean paced;
    private long origin = UNSET;
    private long segmentOffset;
    private long segmentFirst = UNSET;
    private long segmentEnd;

    Timeline(boolean paced) {
        this.paced = paced;
    }

    /** The frame's time on the media clock, given its own timestamp and duration (both microseconds). */
    long place(long sourceMicros, long durationMicros) {
        if (!paced) {
            return MediaClock.nowMicros();
        }
        if (origin == UNSET) {
            origin = MediaClock.nowMicros();
        }
        if (segmentFirst == UNSET) {
            segmentFirst = sourceMicros;
        }
        long inSegment = Math.max(0, sourceMicros - segmentFirst);
        segmentEnd = Math.max(segmentEnd, inSegment + durationMicros);
        return origin + segmentOffset + inSegment;
    }

    /** Sleeps until {@code ptsMicros} is due; a live timeline never waits. */
    void waitFor(long ptsMicros) throws InterruptedException {
        long wait = ptsMicros - MediaClock.nowMicros();
        if (paced && wait > 0) {
            Thread.sleep(wait / 1000, (int) (wait % 1000) * 1000);
        }
    }

    /** The source starts over (a file loop): what follows continues after everything placed so far. */
    void newSegment() {
        segmentOffset += segmentEnd;
        segmentEnd = 0;
        segmentFirst = UNSET;
    }
}
