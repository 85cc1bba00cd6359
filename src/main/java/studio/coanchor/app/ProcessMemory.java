package studio.coanchor.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's memory as a soak reads it: the resident set (from {@code /proc/self/status}, so on Linux only) and
 * the heap still in use after a full collection, which is what the program holds rather than what the collector has
 * not yet reclaimed.
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** Resident set size in bytes, or empty where the system does not tell. */
    OptionalLong residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Collects all garbage it can, then returns the heap in use, in bytes. */
    long heapAfterCollection() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
