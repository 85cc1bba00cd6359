package studio.coanchor.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's memory as a soak reads it: the resident set (from {@code /proc/self/status}, so on Linux only) and
 * the heap still in use right after a full collection, which is what the program holds rather than what the
 * collector has not reclaimed yet. The heap is read from each pool's own figure at the end of the collection, since
 * the media threads go on allocating while it is being read.
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

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

    /** Runs a full collection, then returns the heap in use at its end, in bytes. */
    long heapAfterCollection() {
        ManagementFactory.getMemoryMXBean().gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
                used += afterCollection.getUsed();
            }
        }
        return used;
    }
}
