package studio.coanchor.app;

import java.util.List;
import java.util.OptionalLong;

/**
 * One line of the mix benchmark: who mixed, the CPU seconds it spent while measured, the pictures it published
 * meanwhile and its peak resident memory. A row that could not be measured carries why instead.
 */
record MixBenchRow(String who, double cpuSeconds, long pictures, OptionalLong peakRssKib, String failure) {

    static MixBenchRow failed(String who, String failure) {
        return new MixBenchRow(who, 0, 0, OptionalLong.empty(), failure);
    }

    /** The rounds of one mixer taken together; not measured when any round was not. */
    static MixBenchRow total(String who, List<MixBenchRow> rounds) {
        for (MixBenchRow round : rounds) {
            if (!round.measured()) {
                return failed(who, round.failure() != null ? round.failure() : "no picture was published while"
                        + " measured");
            }
        }
        OptionalLong peak = rounds.stream().map(MixBenchRow::peakRssKib).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        return new MixBenchRow(who, rounds.stream().mapToDouble(MixBenchRow::cpuSeconds).sum(),
                rounds.stream().mapToLong(MixBenchRow::pictures).sum(), peak, null);
    }

    boolean measured() {
        return failure == null && pictures > 0;
    }

    double cpuMillisPerPicture() {
        return cpuSeconds * 1000 / pictures;
    }
}
