package studio.coanchor.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches how much of this virtual machine's CPU time the hypervisor gives to other guests: the {@code steal} column
 * of the first line of {@code /proc/stat}, read every {@value #SAMPLE_MILLIS} ms on a thread of its own, so that a
 * short burst is seen as well as the share over the whole watch. Zero where that column does not exist.
 */
final class CpuSteal implements AutoCloseable {
    private static final Path STAT = Path.of("/proc/stat");
    private static final int STEAL_COLUMN = 8;
    private static final long SAMPLE_MILLIS = 100;
    private static final int SAMPLES_PER_SECOND = 10;

    /** One reading: stolen ticks and all ticks so far. */
    private record Reading(long stolen, long total) {
    }

    private final List<Reading> readings = new ArrayList<>();
    private final Thread sampler;

    private CpuSteal() {
        readings.add(read());
        sampler = new Thread(this::sample, "cpu-steal-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static CpuSteal watch() {
        return new CpuSteal();
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(SAMPLE_MILLIS);
                Reading reading = read();
                synchronized (readings) {
                    readings.add(reading);
                }
            }
        } catch (InterruptedException stopped) {
            // close() ends the watch
        }
    }

    /** The stolen share of all CPU time since the watch began, 0 to 1. */
    double share() {
        synchronized (readings) {
            return shareBetween(readings.get(0), readings.get(readings.size() - 1));
        }
    }

    /** The largest stolen share over any one second of the watch, 0 to 1. */
    double worstSecond() {
        synchronized (readings) {
            double worst = 0;
            for (int end = SAMPLES_PER_SECOND; end < readings.size(); end++) {
                worst = Math.max(worst, shareBetween(readings.get(end - SAMPLES_PER_SECOND), readings.get(end)));
            }
            return worst;
        }
    }

    private static double shareBetween(Reading from, Reading to) {
        long total = to.total() - from.total();
        return total <= 0 ? 0 : (double) (to.stolen() - from.stolen()) / total;
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal: guest time is already counted in user. */
    private static Reading read() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            if (fields.length <= STEAL_COLUMN) {
                return new Reading(0, 0);
            }
            long total = 0;
            for (int i = 1; i <= STEAL_COLUMN; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new Reading(Long.parseLong(fields[STEAL_COLUMN]), total);
        } catch (IOException | RuntimeException noProcStat) {
            return new Reading(0, 0);
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
