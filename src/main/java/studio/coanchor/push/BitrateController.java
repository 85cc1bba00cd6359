package studio.coanchor.push;

import java.util.ArrayDeque;

/**
 * Auto bitrate: chooses the encoder's video bitrate, between a minimum and a maximum, from how much waits in the send
 * queue and what the uplink really carried.
 *
 * <p>Down, fast: once the queue has held {@value #CONGESTED_MILLIS} ms or more for {@value #CONFIRM_MILLIS} ms (so a
 * key frame's burst does not count), the bitrate goes at once to 85 % of what the link carried, less the audio, and at
 * least a tenth lower. What the link carried is measured while the queue was building up, when the link was busy all
 * along, or over the last second while that is too short to tell; it is remembered as the link's capacity. Another step down follows
 * after {@value #SETTLE_MILLIS} ms only if the queue has not started to drain, or has passed {@value #SEVERE_MILLIS} ms.
 *
 * <p>Up, gradually, while the queue stays under {@value #CLEAR_MILLIS} ms, and each step only once the link has been
 * seen carrying the current bitrate (the encoder takes a moment to follow, and the socket and the network hide a little
 * backlog, so a step too far shows before the next one):
 * <ul>
 * <li>below 90 % of the capacity, or with none known, a step a second, 5 % of the maximum first and each step half
 *     again as large, up to a quarter of the maximum;</li>
 * <li>from there, probing: 5 % of the maximum after {@value #FIRST_PROBE_MILLIS} ms of clear queue (twice as long after
 *     each probe that congested, {@value #LONGEST_PROBE_MILLIS} ms at most), then 5 % more every
 *     {@value #PROBE_STEP_MILLIS} ms, each once the link carried nearly all of the last. Once it has carried a quarter
 *     more than the old capacity the link got faster: the capacity is forgotten and the climb goes on, from steps of a
 *     fifth of the maximum.</li>
 * </ul>
 *
 * <p>Fed with each encoded video frame on the encoding thread; not thread-safe.
 */
final class BitrateController {
    static final int CONGESTED_MILLIS = 150;
    static final int SEVERE_MILLIS = 700;
    static final int CLEAR_MILLIS = 100;
    static final long CONFIRM_MILLIS = 250;
    static final long SETTLE_MILLIS = 1_000;
    static final long CLIMB_MILLIS = 1_000;
    static final long FIRST_PROBE_MILLIS = 3_000;
    static final long LONGEST_PROBE_MILLIS = 6_000;
    static final long PROBE_STEP_MILLIS = 1_500;
    private static final long WINDOW_MILLIS = 1_000;
    private static final long SHORTEST_BUSY_MILLIS = 400;
    private static final long SHORTEST_WINDOW_MILLIS = 250;
    private static final double HEADROOM = 0.85;
    private static final double CARRIED_TO_CLIMB = 0.9;
    private static final double CARRIED_TO_PROBE = 0.95;

    private final int minKbps;
    private final int maxKbps;
    private final int audioKbps;
    private final int probeStepKbps;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private int kbps;
    private int capacityKbps;
    private int stepKbps;
    private int carriedKbps = -1;
    private long probeWaitMillis = FIRST_PROBE_MILLIS;
    private long lastChangeMillis = Long.MIN_VALUE / 2;
    private int queueAtLastDropMillis;
    private long busySinceMillis = -1;
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
        this.probeStepKbps = Math.max(10, maxKbps / 20);
        this.kbps = startKbps;
        this.stepKbps = probeStepKbps;
    }

    int kbps() {
        return kbps;
    }

    /** What the link carried at the last reading, kbit/s, or -1 before enough was measured. */
    int carriedKbps() {
        return carriedKbps;
    }

    /** A new connection: what was measured on the old one says nothing about it. The bitrate stays. */
    void restart() {
        samples.clear();
        carriedKbps = -1;
        busySinceMillis = -1;
        congestedSinceMillis = -1;
        clearSinceMillis = -1;
    }

    /**
     * One reading: the time, the send queue's length in ms and every byte sent so far. Returns the bitrate to encode
     * at from now on.
     */
    int update(long nowMillis, int queueMillis, long sentBytes) {
        samples.addLast(new Sample(nowMillis, sentBytes));
        while (nowMillis - samples.peekFirst().atMillis() > WINDOW_MILLIS) {
            samples.removeFirst();
        }
        if (queueMillis < CLEAR_MILLIS) {
            busySinceMillis = -1;
        } else if (busySinceMillis < 0) {
            busySinceMillis = nowMillis;
        }
        carriedKbps = carried(nowMillis);

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

    /** Since the queue began to build up, when that is long enough to measure; otherwise over the last second. */
    private int carried(long nowMillis) {
        boolean busyLongEnough = busySinceMillis >= 0 && nowMillis - busySinceMillis >= SHORTEST_BUSY_MILLIS;
        return carriedSince(busyLongEnough ? busySinceMillis : nowMillis - WINDOW_MILLIS, nowMillis);
    }

    /** What the link carried from {@code startMillis} (or the oldest sample kept) to now, or -1 if too short to say. */
    private int carriedSince(long startMillis, long nowMillis) {
        Sample last = samples.peekLast();
        for (Sample first : samples) {
            if (first.atMillis() >= startMillis) {
                long span = nowMillis - first.atMillis();
                return span < SHORTEST_WINDOW_MILLIS ? -1 : (int) ((last.bytes() - first.bytes()) * 8 / span);
            }
        }
        return -1;
    }

    private boolean mayStepDown(long nowMillis, int queueMillis) {
        if (nowMillis - lastChangeMillis < SETTLE_MILLIS || kbps == minKbps) {
            return false;
        }
        return queueMillis >= queueAtLastDropMillis || queueMillis >= SEVERE_MILLIS;
    }

    private void stepDown(long nowMillis, int queueMillis) {
        if (capacityKbps > 0 && kbps >= capacityKbps * 9 / 10) {
            probeWaitMillis = Math.min(2 * probeWaitMillis, LONGEST_PROBE_MILLIS);
        }
        int next = kbps * 9 / 10;
        if (carriedKbps >= 0) {
            next = Math.min(next, (int) (carriedKbps * HEADROOM) - audioKbps);
            capacityKbps = Math.max(minKbps, carriedKbps - audioKbps);
        }
        stepKbps = probeStepKbps;
        queueAtLastDropMillis = queueMillis;
        set(next, nowMillis);
    }

    private void climb(long nowMillis) {
        long clearFor = nowMillis - Math.max(clearSinceMillis, lastChangeMillis);
        if (kbps >= maxKbps) {
            return;
        }
        int nearCapacity = capacityKbps * 9 / 10;
        if (capacityKbps == 0 || kbps < nearCapacity) {
            if (clearFor >= CLIMB_MILLIS && carriedKbps >= CARRIED_TO_CLIMB * (kbps + audioKbps)) {
                int next = kbps + stepKbps;
                stepKbps = Math.min(stepKbps * 3 / 2, maxKbps / 4);
                set(capacityKbps == 0 ? next : Math.min(next, nearCapacity), nowMillis);
            }
            return;
        }
        long wait = kbps < capacityKbps ? probeWaitMillis : PROBE_STEP_MILLIS;
        if (clearFor < wait || carriedKbps < CARRIED_TO_PROBE * (kbps + audioKbps)) {
            return;
        }
        if (kbps >= capacityKbps * 5 / 4) {
            capacityKbps = 0;
            probeWaitMillis = FIRST_PROBE_MILLIS;
            stepKbps = maxKbps / 5;
            set(kbps + stepKbps, nowMillis);
        } else {
            set(kbps + probeStepKbps, nowMillis);
        }
    }

    private void set(int next, long nowMillis) {
        kbps = Math.max(minKbps, Math.min(maxKbps, next));
        lastChangeMillis = nowMillis;
    }

    private record Sample(long atMillis, long bytes) {
    }
}
