package studio.coanchor.play;

import java.util.Arrays;

/**
 * Collects glass-to-glass latencies (the wall-clock time a picture is shown minus the capture time its latency
 * barcode carries) and reports their distribution. Thread-safe.
 */
public final class LatencyMeter {
    private int[] samples = new int[1024];
    private int count;

    public synchronized void add(long latencyMillis) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = (int) Math.max(0, Math.min(Integer.MAX_VALUE, latencyMillis));
    }

    /** Forgets what was collected (after a warm-up, for instance). */
    public synchronized void reset() {
        count = 0;
    }

    public synchronized LatencyReport report() {
        if (count == 0) {
            return new LatencyReport(0, 0, 0, 0);
        }
        int[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new LatencyReport(percentile(sorted, 50), percentile(sorted, 95), sorted[count - 1], count);
    }

    /** Nearest-rank percentile. */
    private static int percentile(int[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
