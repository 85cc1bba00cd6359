package studio.coanchor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * CPU time and peak resident memory of one process, this one or a child, as the system counts them: CPU from the
 * process's own accounting, peak RSS from {@code /proc/PID/status} (VmHWM) where there is one (Linux).
 */
record ProcessGauge(ProcessHandle process) {

    static ProcessGauge self() {
        return new ProcessGauge(ProcessHandle.current());
    }

    static ProcessGauge of(Process child) {
        return new ProcessGauge(child.toHandle());
    }

    boolean isThisProcess() {
        return process.pid() == ProcessHandle.current().pid();
    }

    /** User plus system CPU time so far. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("this system does not"
                + " tell the CPU time of process " + process.pid()));
    }

    /** The most memory the process has held resident so far, in KiB; empty where the system does not tell. */
    OptionalLong peakRssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
