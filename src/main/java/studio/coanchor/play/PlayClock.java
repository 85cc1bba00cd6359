package studio.coanchor.play;

/**
 * The playhead: which stream time (microseconds) is being heard, or seen, now. The sound sets it after every write
 * to the speaker, from what the speaker has yet to play, so pictures follow the sound; a stream without sound runs
 * it on the wall clock. It never runs past its limit (the end of the sound written, or the newest picture), so a
 * stall stops it instead of leaving the pictures behind.
 */
final class PlayClock {
    static final long UNSET = Long.MIN_VALUE;

    private long anchorPts = UNSET;
    private long anchorNanos;
    private long limitPts;
    private double rate = 1.0;

    /** From {@code nowNanos} on, the playhead is at {@code ptsMicros} and moves at {@code rate} up to {@code limit}. */
    synchronized void set(long ptsMicros, long nowNanos, long limitMicros, double newRate) {
        anchorPts = ptsMicros;
        anchorNanos = nowNanos;
        limitPts = limitMicros;
        rate = newRate;
        notifyAll();
    }

    /** Lets the playhead run on to {@code limitMicros} (more has arrived), without moving it. */
    synchronized void extend(long limitMicros) {
        limitPts = Math.max(limitPts, limitMicros);
    }

    /** Keeps the position and its limit, at another speed. */
    synchronized void changeRate(long nowNanos, double newRate) {
        if (anchorPts != UNSET && newRate != rate) {
            anchorPts = position(nowNanos);
            anchorNanos = nowNanos;
            rate = newRate;
        }
    }

    /** The stream time at {@code nowNanos}, or {@link #UNSET} before playback starts. */
    synchronized long position(long nowNanos) {
        if (anchorPts == UNSET) {
            return UNSET;
        }
        long run = (long) ((nowNanos - anchorNanos) / 1_000 * rate);
        return Math.min(anchorPts + Math.max(0, run), limitPts);
    }

    /** Whether the playhead has reached its limit and waits for more. */
    synchronized boolean atLimit(long nowNanos) {
        return anchorPts != UNSET && position(nowNanos) >= limitPts;
    }

    synchronized void reset() {
        anchorPts = UNSET;
        rate = 1.0;
        notifyAll();
    }

    /** Waits until the clock is set again, at most {@code millis}. */
    synchronized void awaitChange(long millis) throws InterruptedException {
        wait(Math.max(1, millis));
    }
}
