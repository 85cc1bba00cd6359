package studio.coanchor.audio;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import studio.coanchor.media.AudioFormat;

/**
 * Measures voice processing on a simulated conversation, 24 s long. The far end's speech-like voice is played and
 * comes back to the microphone through an {@link EchoPath}; a second, higher voice talks at the microphone in turns,
 * with the 300 ms gaps of a conversation, and once over the far end:
 *
 * <pre>
 *   far end   0-6 s          9.3-16 s             19.3-24 s
 *   near end         6.3-9 s        13-19 s
 * </pre>
 *
 * The microphone also hears a little noise (-60 dBFS). The far end is handed over as it is played and the
 * microphone's sound as it is captured, so the canceller is told a delay of 0 and finds the acoustic one itself, as
 * it must with real devices. The first 2 s are left out of the echo figure: the canceller is still learning then.
 */
public final class EchoBench {
    private static final int RATE = AudioFormat.SAMPLE_RATE;
    private static final int SECONDS = 24;
    private static final int[][] FAR_TALKS = {{0, 6_000}, {9_300, 16_000}, {19_300, 24_000}};
    private static final int[][] NEAR_TALKS = {{6_300, 9_000}, {13_000, 19_000}};
    private static final int CONVERGENCE_MILLIS = 2_000;
    private static final double FAR_RMS = 3_000;
    private static final double NEAR_RMS = 2_500;
    private static final double NOISE_RMS = 33;
    /** Processing may delay the sound a little; the near end is compared at the best lag up to this. */
    private static final int MAX_LAG = RATE / 50;
    /** Where that lag is looked for: near-end talk alone, after the far end's echo has died away. */
    private static final int LAG_SEARCH_FROM = 6_500 * RATE / 1000;
    private static final int LAG_SEARCH_TO = 8_500 * RATE / 1000;
    private static final int WARM_UP_FRAMES = 100;

    private final EchoPath path;
    private final double[] far;
    private final double[] near;
    private final double[] microphone;
    private final boolean[] farOnly;
    private final boolean[] nearTalks;
    private final boolean[] doubleTalk;

    public EchoBench(EchoPath path) {
        this.path = path;
        int length = SECONDS * RATE;
        far = during(FAR_TALKS, new SpeechLikeSignal(7, 90, 160).talk(length, FAR_RMS));
        near = during(NEAR_TALKS, new SpeechLikeSignal(11, 170, 260).talk(length, NEAR_RMS));
        double[] echo = path.echoOf(far);
        Random noise = new Random(3);
        microphone = new double[length];
        for (int i = 0; i < length; i++) {
            microphone[i] = clip(echo[i] + near[i] + NOISE_RMS * noise.nextGaussian());
        }
        farOnly = new boolean[length];
        nearTalks = new boolean[length];
        doubleTalk = new boolean[length];
        for (int i = 0; i < length; i++) {
            boolean farTalks = inside(FAR_TALKS, i);
            nearTalks[i] = inside(NEAR_TALKS, i);
            farOnly[i] = farTalks && !nearTalks[i] && i >= CONVERGENCE_MILLIS * RATE / 1000;
            doubleTalk[i] = farTalks && nearTalks[i];
        }
    }

    public EchoPath path() {
        return path;
    }

    /** Seconds of the near end's voice, and how many of them over the far end's. */
    public double nearSeconds() {
        return count(nearTalks) / (double) RATE;
    }

    public double doubleTalkSeconds() {
        return count(doubleTalk) / (double) RATE;
    }

    /** Runs the conversation through a fresh processor with {@code settings} and measures the result. */
    public EchoFigures measure(VoiceSettings settings) {
        double[] processed = new double[microphone.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuNanos = 0;
        int timedFrames = 0;
        try (VoiceProcessor processor = new VoiceProcessor(settings)) {
            MonoPcm played = new MonoPcm();
            MonoPcm captured = new MonoPcm();
            for (int frame = 0; frame * MonoPcm.SAMPLES < microphone.length; frame++) {
                int from = frame * MonoPcm.SAMPLES;
                for (int i = 0; i < MonoPcm.SAMPLES; i++) {
                    played.put(i, (int) clip(far[from + i]));
                    captured.put(i, (int) microphone[from + i]);
                }
                long before = threads.getCurrentThreadCpuTime();
                processor.farEnd(played);
                processor.nearEnd(captured, 0);
                if (frame >= WARM_UP_FRAMES) {
                    cpuNanos += threads.getCurrentThreadCpuTime() - before;
                    timedFrames++;
                }
                for (int i = 0; i < MonoPcm.SAMPLES; i++) {
                    processed[from + i] = captured.get(i);
                }
            }
        }
        int lag = bestLag(processed);
        int end = processed.length - lag;
        return new EchoFigures(settings, erleDb(processed), correlation(processed, lag, nearTalks, 0, end),
                correlation(processed, lag, doubleTalk, 0, end), cpuNanos / 1_000.0 / Math.max(1, timedFrames));
    }

    private double erleDb(double[] processed) {
        double in = 0;
        double out = 0;
        for (int i = 0; i < processed.length; i++) {
            if (farOnly[i]) {
                in += microphone[i] * microphone[i];
                out += processed[i] * processed[i];
            }
        }
        return 10 * Math.log10(in / Math.max(out, 1e-9));
    }

    /** The delay processing adds, found where the processed sound matches the near end's voice best. */
    private int bestLag(double[] processed) {
        int best = 0;
        double bestCorrelation = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag <= MAX_LAG; lag++) {
            double value = correlation(processed, lag, nearTalks, LAG_SEARCH_FROM, LAG_SEARCH_TO);
            if (value > bestCorrelation) {
                bestCorrelation = value;
                best = lag;
            }
        }
        return best;
    }

    /** Correlation of the near end's voice with the processed sound {@code lag} samples later, where it talks. */
    private double correlation(double[] processed, int lag, boolean[] where, int from, int to) {
        double cross = 0;
        double voice = 0;
        double result = 0;
        for (int i = from; i < to; i++) {
            if (where[i] && near[i] != 0) {
                cross += near[i] * processed[i + lag];
                voice += near[i] * near[i];
                result += processed[i + lag] * processed[i + lag];
            }
        }
        return voice == 0 || result == 0 ? 0 : cross / Math.sqrt(voice * result);
    }

    private static double[] during(int[][] talks, double[] voice) {
        for (int i = 0; i < voice.length; i++) {
            if (!inside(talks, i)) {
                voice[i] = 0;
            }
        }
        return voice;
    }

    private static boolean inside(int[][] talks, int sample) {
        long millis = sample * 1_000L / RATE;
        for (int[] talk : talks) {
            if (millis >= talk[0] && millis < talk[1]) {
                return true;
            }
        }
        return false;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private static double clip(double value) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
}
