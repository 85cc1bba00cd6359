package studio.coanchor.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of this virtual machine's CPU time the hypervisor gave to other guests since a starting point: the
 * {@code steal} column of the first line of {@code /proc/stat}. Zero where that column does not exist.
 */
final class CpuSteal {
    private static final Path STAT = Path.of("/proc/stat");
    private static final int STEAL_COLUMN = 8;

    private final long[] start;

    private CpuSteal(long[] start) {
        this.start = start;
    }

    static CpuSteal fromNow() {
        return new CpuSteal(ticks());
    }

    /** The stolen share of all CPU time since the start, 0 to 1. */
    double share() {
        long[] now = ticks();
        long total = 0;
        for (int i = 0; i < now.length; i++) {
            total += now[i] - start[i];
        }
        if (total <= 0 || now.length <= STEAL_COLUMN) {
            return 0;
        }
        return (double) (now[STEAL_COLUMN - 1] - start[STEAL_COLUMN - 1]) / total;
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal: guest time is already counted in user. */
    private static long[] ticks() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            int columns = Math.min(fields.length - 1, STEAL_COLUMN);
            long[] ticks = new long[columns];
            for (int i = 0; i < columns; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            return ticks;
        } catch (IOException | RuntimeException noProcStat) {
            return new long[0];
        }
    }
}
