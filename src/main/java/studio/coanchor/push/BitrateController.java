package studio.coanchor.push;

import java.util.ArrayDeque;

/**
 * Auto bitrate: chooses the encoder's video bitrate, between a minimum and a maximum, from how much waits in the send
 * queue and what the uplink really carried over the last second.
 *
 * <p>Down, fast: once the queue has held {@value #CONGESTED_MILLIS} ms or more for {@value #CONFIRM_MILLIS} ms (so a
 * key frame's burst does not count), the bitrate goes at once to 85 % of what the link carried, less the audio, and at
 * least a tenth lower. What the link carried is remembered as the ceiling. It steps down again after
 * {@value #SETTLE_MILLIS} ms only if the queue has not started to drain, or has grown past {@value #SEVERE_MILLIS} ms.
 *
 * <p>Up, gradually: while the queue stays under {@value #CLEAR_MILLIS} ms it climbs one step a second, the first 5 %
 * of the maximum and each one half again as large (a quarter of the maximum at most), but only to 90 % of the
 * ceiling. There it probes 5 % above after {@value #FIRST_PROBE_MILLIS} ms of clear queue, and twice as long after
 * each probe that congested ({@value #LONGEST_PROBE_MILLIS} ms at most). A probe that holds for a second means the
 * link got faster: the ceiling is forgotten and the climb goes on.
 *
 * <p>Fed with each encoded video frame on the encoding thread; not thread-safe.
 */
final class BitrateController {
    static final int CONGESTED_MILLIS = 200;
    static final int SEVERE_MILLIS = 700;
    static final int CLEAR_MILLIS = 100;
    static final long CONFIRM_MILLIS = 300;
    static final long SETTLE_MILLIS = 1_000;
    static final long CLIMB_MILLIS = 1_000;
    static final long FIRST_PROBE_MILLIS = 4_000;
    static final long LONGEST_PROBE_MILLIS = 8_000;
    private static final long WINDOW_MILLIS = 1_000;
    private static final long SHORTEST_WINDOW_MILLIS = 500;
    private static final double HEADROOM = 0.85;

    private final int minKbps;
    private final int maxKbps;
    private final int audioKbps;
    private final int firstStepKbps;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private int kbps;
    private int ceilingKbps;
    private int stepKbps;
    private int carriedKbps = -1;
    private long probeWaitMillis = FIRST_PROBE_MILLIS;
    private boolean probing;
    private long lastChangeMillis = Long.MIN_VALUE / 2;
    private int queueAtLastDropMillis;
    private long congestedSinceMillis = -1;
    private long clearSinceMillis = -1;

    BitrateController(int minKbps, int maxKbps, int startKbps, int audioKbps) {
        if (minKbps <= 0 || minKbps > startKbps || startKbps > maxKbps) {
            throw new IllegalArgumentException("bitrates must satisfy 0 < min <= start <= max, were " + minKbps
                    + " <= " + startKbps + " <= " + maxKbps);
        }
        this.minKbps = minKbps;
        this.maxKbps = maxKbps;
        this.audioKbps = audioKbps;
        this.firstStepKbps = Math.max(10, maxKbps / 20);
        this.kbps = startKbps;
        this.stepKbps = firstStepKbps;
    }

    int kbps() {
        return kbps;
    }

    /** What the link carried over the last second at the last reading, kbit/s, or -1 before a second was measured. */
    int carriedKbps() {
        return carriedKbps;
    }

    /** A new connection: what was measured on the old one says nothing about it. The bitrate stays. */
    void restart() {
        samples.clear();
        carriedKbps = -1;
        congestedSinceMillis = -1;
        clearSinceMillis = -1;
    }

    /**
     * One reading: the time, the send queue's length in ms and every byte sent so far. Returns the bitrate to encode
     * at from now on.
     */
    int update(long nowMillis, int queueMillis, long sentBytes) {
        measure(nowMillis, sentBytes);
        if (queueMillis >= CONGESTED_MILLIS) {
            clearSinceMillis = -1;
            if (congestedSinceMillis < 0) {
                congestedSinceMillis = nowMillis;
            }
            if (nowMillis - congestedSinceMillis >= CONFIRM_MILLIS && mayStepDown(nowMillis, queueMillis)) {
                stepDown(nowMillis, queueMillis);
            }
            return kbps;
        }
        congestedSinceMillis = -1;
        queueAtLastDropMillis = 0;
        if (queueMillis >= CLEAR_MILLIS) {
            clearSinceMillis = -1;
            return kbps;
        }
        if (clearSinceMillis < 0) {
            clearSinceMillis = nowMillis;
        }
        climb(nowMillis);
        return kbps;
    }

    private void measure(long nowMillis, long sentBytes) {
        samples.addLast(new Sample(nowMillis, sentBytes));
        while (nowMillis - samples.peekFirst().atMillis() > WINDOW_MILLIS) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long span = nowMillis - first.atMillis();
        carriedKbps = span < SHORTEST_WINDOW_MILLIS ? -1 : (int) ((sentBytes - first.bytes()) * 8 / span);
    }

    private boolean mayStepDown(long nowMillis, int queueMillis) {
        if (nowMillis - lastChangeMillis < SETTLE_MILLIS || kbps == minKbps) {
            return false;
        }
        return queueMillis >= queueAtLastDropMillis || queueMillis >= SEVERE_MILLIS;
    }

    private void stepDown(long nowMillis, int queueMillis) {
        int next = kbps * 9 / 10;
        if (carriedKbps >= 0) {
            next = Math.min(next, (int) (carriedKbps * HEADROOM) - audioKbps);
            ceilingKbps = Math.max(minKbps, carriedKbps - audioKbps);
        }
        if (probing) {
            probeWaitMillis = Math.min(2 * probeWaitMillis, LONGEST_PROBE_MILLIS);
            probing = false;
        }
        stepKbps = firstStepKbps;
        queueAtLastDropMillis = queueMillis;
        set(next, nowMillis);
    }

    private void climb(long nowMillis) {
        long clearFor = nowMillis - Math.max(clearSinceMillis, lastChangeMillis);
        if (probing && clearFor >= CLIMB_MILLIS) {
            probing = false;
            ceilingKbps = 0;
            probeWaitMillis = FIRST_PROBE_MILLIS;
        }
        if (probing || kbps >= maxKbps) {
            return;
        }
        int nearCeiling = ceilingKbps * 9 / 10;
        if (ceilingKbps > 0 && kbps >= nearCeiling) {
            if (clearFor >= probeWaitMillis) {
                probing = true;
                set(kbps + firstStepKbps, nowMillis);
            }
            return;
        }
        if (clearFor >= CLIMB_MILLIS) {
            int next = kbps + stepKbps;
            if (ceilingKbps > 0) {
                next = Math.min(next, nearCeiling);
            }
            stepKbps = Math.min(stepKbps * 3 / 2, maxKbps / 4);
            set(next, nowMillis);
        }
    }

    private void set(int next, long nowMillis) {
        kbps = Math.max(minKbps, Math.min(maxKbps, next));
        lastChangeMillis = nowMillis;
    }

    private record Sample(long atMillis, long bytes) {
    }
}
