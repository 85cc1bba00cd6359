package studio.coanchor.play;

/** Glass-to-glass latency over the pictures shown, in milliseconds; zeros when none carried the barcode. */
public record LatencyReport(int p50, int p95, int max, int frames) {

    /** {@code LATENCY p50=<ms> p95=<ms> max=<ms> frames=<n>}, with {@code -} for the figures when none was measured. */
    public String line() {
        if (frames == 0) {
            return "LATENCY p50=- p95=- max=- frames=0";
        }
        return "LATENCY p50=" + p50 + " p95=" + p95 + " max=" + max + " frames=" + frames;
    }
}
