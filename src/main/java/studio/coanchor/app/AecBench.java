package studio.coanchor.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import studio.coanchor.audio.EchoBench;
import studio.coanchor.audio.EchoFigures;
import studio.coanchor.audio.EchoPath;
import studio.coanchor.audio.VoiceSettings;

/**
 * {@code coanchor bench aec}: runs the {@link EchoBench} conversation through voice processing switched off, echo
 * cancellation alone, with noise suppression, and with gain control too, and prints one row of figures each, then
 * whether echo cancellation met its targets.
 */
final class AecBench {
    static final double TARGET_ERLE_DB = 25;
    static final double TARGET_CORRELATION = 0.9;
    static final double TARGET_CPU_MICROS = 200;

    private static final List<VoiceSettings> ROWS = List.of(VoiceSettings.OFF, new VoiceSettings(true, false, false),
            new VoiceSettings(true, true, false), VoiceSettings.ALL);

    private final PrintStream out;

    AecBench(PrintStream out) {
        this.out = out;
    }

    int run(EchoPath path) {
        EchoBench bench = new EchoBench(path);
        out.printf(Locale.ROOT, "Echo cancellation on a 24 s conversation: the far end comes back %d ms later and"
                        + " %.0f dB quieter; the near end talks %.1f s, %.1f s of it over the far end%n",
                path.delayMillis(), path.attenuationDb(), bench.nearSeconds(), bench.doubleTalkSeconds());
        out.println("processing    ERLE dB  near corr  double-talk corr  CPU us/10 ms");
        EchoFigures cancelling = null;
        try {
            for (VoiceSettings settings : ROWS) {
                EchoFigures figures = bench.measure(settings);
                out.printf(Locale.ROOT, "%-12s %8.1f %10.3f %17.3f %13.0f%n", settings.label(), figures.erleDb(),
                        figures.nearCorrelation(), figures.doubleTalkCorrelation(), figures.cpuMicrosPerFrame());
                if (settings.equals(ROWS.get(1))) {
                    cancelling = figures;
                }
            }
        } catch (IllegalStateException e) {
            out.println("not measured: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Targets for aec: ERLE >= %.0f dB, near-end correlation >= %.1f, CPU < %.0f us"
                + " per 10 ms frame: %s%n", TARGET_ERLE_DB, TARGET_CORRELATION, TARGET_CPU_MICROS, verdict(cancelling));
        return 0;
    }

    private static String verdict(EchoFigures figures) {
        boolean met = figures.erleDb() >= TARGET_ERLE_DB && figures.nearCorrelation() >= TARGET_CORRELATION
                && figures.cpuMicrosPerFrame() < TARGET_CPU_MICROS;
        return met ? "met" : "missed";
    }
}
