package studio.coanchor.play;

/**
 * Decides, from how much media is buffered ahead of the playhead, whether playback starts, plays at normal speed,
 * plays faster or jumps ahead. All times are microseconds.
 *
 * <ul>
 *   <li>Target: the buffer playback aims for. ACC 0, SPEEDY 1 s, SMOOTH 5 s; AUTO starts at its minimum, rises by
 *       0.5 s after each stall and falls by 0.25 s after each 20 s without one, within its limits.</li>
 *   <li>Faster (1.25x) while the buffer is more than 250 ms above the target, until it is back at the target. ACC
 *       trims any standing backlog: above 80 ms (the speaker's own buffer and an AAC frame are about 50 ms of
 *       that), until 40 ms.</li>
 *   <li>Jump to the target when the buffer passes the bound: ACC 400 ms, otherwise the maximum cache plus 0.5 s.
 *       Dropping what is too old is the only way out of a burst of seconds without a long fast-forward.</li>
 *   <li>Start at once, except SMOOTH, which first fills its cache; after a stall resume once the target is
 *       buffered again.</li>
 * </ul>
 */
final class DelayControl {
    static final double FASTER = 1.25;

    private static final long MILLI = 1_000;
    private static final long AUTO_STEP_UP = 500 * MILLI;
    private static final long AUTO_STEP_DOWN = 250 * MILLI;
    private static final long AUTO_CALM_NANOS = 20_000_000_000L;

    private final DelayPolicy policy;
    private final long min;
    private final long max;
    private long target;
    private boolean faster;
    private long calmSinceNanos;

    DelayControl(DelayPolicy policy, long nowNanos) {
        this.policy = policy;
        this.min = policy.minCache().toNanos() / 1_000;
        this.max = policy.maxCache().toNanos() / 1_000;
        this.target = policy.mode() == DelayMode.SMOOTH ? max : min;
        this.calmSinceNanos = nowNanos;
    }

    /**
     * How far a picture may run ahead of the sound heard with it. Viewers notice sound that lags the picture only
     * beyond about 125 ms (ITU-R BT.1359), so ACC lets pictures out up to 90 ms early, which takes that much off a
     * co-anchor's delay; the other modes keep them within 40 ms.
     */
    long pictureLeadMicros() {
        return policy.mode() == DelayMode.ACC ? 90 * MILLI : 40 * MILLI;
    }

    long targetMicros() {
        return target;
    }

    /** Past this much buffer, playback jumps to the target. */
    long boundMicros() {
        return policy.mode() == DelayMode.ACC ? max : Math.max(max, target) + 500 * MILLI;
    }

    boolean shouldJump(long bufferMicros) {
        return bufferMicros > boundMicros();
    }

    /** 1 or {@link #FASTER}, with hysteresis so the speed does not flutter around the threshold. */
    double rate(long bufferMicros) {
        boolean acc = policy.mode() == DelayMode.ACC;
        if (faster) {
            faster = bufferMicros > target + (acc ? 40 * MILLI : 0);
        } else {
            faster = bufferMicros > target + (acc ? 80 : 250) * MILLI;
        }
        return faster ? FASTER : 1.0;
    }

    /** Whether playback may (re)start with {@code bufferedMicros} in hand. */
    boolean mayStart(long bufferedMicros, boolean afterStall) {
        if (afterStall || policy.mode() == DelayMode.SMOOTH) {
            return bufferedMicros > 0 && bufferedMicros >= target;
        }
        return bufferedMicros >= 0;
    }

    /** Playback ran dry: AUTO keeps more in hand from now on. */
    void stalled(long nowNanos) {
        faster = false;
        calmSinceNanos = nowNanos;
        if (policy.mode() == DelayMode.AUTO) {
            target = Math.min(max, target + AUTO_STEP_UP);
        }
    }

    /** Playback is running: after a calm spell AUTO lowers its target again. */
    void playing(long nowNanos) {
        if (policy.mode() == DelayMode.AUTO && nowNanos - calmSinceNanos >= AUTO_CALM_NANOS) {
            target = Math.max(min, target - AUTO_STEP_DOWN);
            calmSinceNanos = nowNanos;
        }
    }
}
