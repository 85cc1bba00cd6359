package studio.coanchor.audio;

/**
 * How loud a stretch of sound was, in dB relative to full scale: 0 is the loudest 16-bit sound, {@link #FLOOR_DBFS}
 * stands for silence.
 */
public record AudioLevel(double rmsDbfs, double peakDbfs) {
    public static final double FLOOR_DBFS = -96;
    public static final AudioLevel SILENCE = new AudioLevel(FLOOR_DBFS, FLOOR_DBFS);

    /** The level of {@code count} samples: the sum of their squares, and the largest of them. */
    static AudioLevel of(double sumOfSquares, int peak, int count) {
        return new AudioLevel(dbfs(Math.sqrt(sumOfSquares / Math.max(1, count))), dbfs(peak));
    }

    private static double dbfs(double amplitude) {
        return amplitude <= 0 ? FLOOR_DBFS : Math.max(FLOOR_DBFS, 20 * Math.log10(amplitude / 32768.0));
    }
}
