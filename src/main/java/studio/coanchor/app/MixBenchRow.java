package studio.coanchor.app;

import java.util.OptionalLong;

/**
 * One line of the mix benchmark: who mixed, the CPU seconds it spent while measured, the pictures it published
 * meanwhile and its peak resident memory. A row that could not be measured carries why instead.
 */
record MixBenchRow(String who, double cpuSeconds, long pictures, OptionalLong peakRssKib, String failure) {

    static MixBenchRow failed(String who, String failure) {
        return new MixBenchRow(who, 0, 0, OptionalLong.empty(), failure);
    }

    boolean measured() {
        return failure == null && pictures > 0;
    }

    double cpuMillisPerPicture() {
        return cpuSeconds * 1000 / pictures;
    }
}
