package studio.coanchor.push;

/**
 * What left on the connection since the last reading: bytes (SPD) and the jitter of the gaps between video sends
 * (JIT, the mean change from one gap to the next, as RTP measures interarrival jitter). Also counts every byte sent
 * since the push began, for auto bitrate's own measure of what the link carries.
 */
final class SendMeter {
    private long bytes;
    private long totalBytes;
    private long lastVideoNanos;
    private long lastGapNanos = -1;
    private long jitterSumNanos;
    private int jitterSamples;

    synchronized void sent(int size, boolean video, long nowNanos) {
        bytes += size;
        totalBytes += size;
        if (!video) {
            return;
        }
        if (lastVideoNanos != 0) {
            long gap = nowNanos - lastVideoNanos;
            if (lastGapNanos >= 0) {
                jitterSumNanos += Math.abs(gap - lastGapNanos);
                jitterSamples++;
            }
            lastGapNanos = gap;
        }
        lastVideoNanos = nowNanos;
    }

    /** Bytes and mean jitter (ms) since the previous call, then starts a new window. */
    synchronized Reading read() {
        Reading reading = new Reading(bytes, jitterSamples == 0 ? 0 : (int) (jitterSumNanos / jitterSamples / 1_000_000L));
        bytes = 0;
        jitterSumNanos = 0;
        jitterSamples = 0;
        return reading;
    }

    synchronized long totalBytes() {
        return totalBytes;
    }

    /** A new connection starts a new gap sequence. */
    synchronized void reset() {
        lastVideoNanos = 0;
        lastGapNanos = -1;
    }

    record Reading(long bytes, int jitterMs) {
    }
}
