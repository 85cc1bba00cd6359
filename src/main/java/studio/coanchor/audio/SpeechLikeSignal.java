package studio.coanchor.audio;

import java.util.Random;
import studio.coanchor.media.AudioFormat;

/**
 * A repeatable stand-in for a talker, for measuring voice processing without recordings: syllables of 120 to 270 ms
 * with a rising or falling pitch, voiced by a pulse train or unvoiced by noise, shaped by three formant resonances
 * that move from syllable to syllable, and one syllable in five left silent as a pause.
 */
final class SpeechLikeSignal {
    private static final int RATE = AudioFormat.SAMPLE_RATE;

    private final Random random;
    private final double lowestPitch;
    private final double highestPitch;

    /** A talker whose pitch stays between {@code lowestPitch} and {@code highestPitch} Hz; {@code seed} fixes it. */
    SpeechLikeSignal(long seed, double lowestPitch, double highestPitch) {
        this.random = new Random(seed);
        this.lowestPitch = lowestPitch;
        this.highestPitch = highestPitch;
    }

    /** {@code samples} of talk at an RMS of {@code rms} (16-bit scale). */
    double[] talk(int samples, double rms) {
        double[] out = new double[samples];
        double[] state = new double[6];
        double phase = 0;
        int at = 0;
        while (at < samples) {
            int length = (int) (RATE * (0.12 + 0.15 * random.nextDouble()));
            boolean pause = random.nextDouble() < 0.2;
            boolean voiced = random.nextDouble() < 0.8;
            double pitchFrom = pitch();
            double pitchTo = pitch();
            double[][] formants = {resonator(300 + 500 * random.nextDouble(), 80),
                    resonator(900 + 1500 * random.nextDouble(), 120), resonator(2400 + 600 * random.nextDouble(), 160)};
            for (int i = 0; i < length && at < samples; i++, at++) {
                phase += (pitchFrom + (pitchTo - pitchFrom) * i / length) / RATE;
                double excitation;
                if (voiced) {
                    excitation = (phase >= 1 ? 8 : 0) + 0.05 * random.nextGaussian();
                    phase -= Math.floor(phase);
                } else {
                    excitation = 0.6 * random.nextGaussian();
                }
                double value = 0;
                for (int f = 0; f < formants.length; f++) {
                    double y = formants[f][0] * state[2 * f] + formants[f][1] * state[2 * f + 1] + excitation;
                    state[2 * f + 1] = state[2 * f];
                    state[2 * f] = y;
                    value += y / (f + 1);
                }
                out[at] = pause ? 0 : Math.sin(Math.PI * i / length) * value;
            }
        }
        return scaled(out, rms);
    }

    private double pitch() {
        return lowestPitch + (highestPitch - lowestPitch) * random.nextDouble();
    }

    /** The two feedback coefficients of a two-pole resonance at {@code hertz} with {@code bandwidth} Hz. */
    private static double[] resonator(double hertz, double bandwidth) {
        double radius = Math.exp(-Math.PI * bandwidth / RATE);
        return new double[] {2 * radius * Math.cos(2 * Math.PI * hertz / RATE), -radius * radius};
    }

    private static double[] scaled(double[] signal, double rms) {
        double power = 0;
        for (double value : signal) {
            power += value * value;
        }
        double factor = rms / Math.sqrt(power / signal.length);
        for (int i = 0; i < signal.length; i++) {
            signal[i] *= factor;
        }
        return signal;
    }
}
