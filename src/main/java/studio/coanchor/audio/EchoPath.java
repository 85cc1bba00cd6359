package studio.coanchor.audio;

import studio.coanchor.media.AudioFormat;

/**
 * A simulated way from a speaker to a microphone: the direct sound {@code delayMillis} after it is played and
 * {@code attenuationDb} quieter, then two reflections 10 and 30 ms later, 10 and 16 dB below the direct sound.
 */
public record EchoPath(int delayMillis, double attenuationDb) {

    public EchoPath {
        if (delayMillis < 0 || delayMillis > 500) {
            throw new IllegalArgumentException("the echo delay goes from 0 to 500 ms, not " + delayMillis + " ms");
        }
        if (attenuationDb < 0 || attenuationDb > 60) {
            throw new IllegalArgumentException("the echo attenuation goes from 0 to 60 dB, not " + attenuationDb);
        }
    }

    /** What the microphone picks up of {@code played}, sample for sample. */
    double[] echoOf(double[] played) {
        double direct = Math.pow(10, -attenuationDb / 20);
        int[] delays = {delayMillis, delayMillis + 10, delayMillis + 30};
        double[] gains = {direct, direct * Math.pow(10, -10 / 20.0), direct * Math.pow(10, -16 / 20.0)};
        double[] echo = new double[played.length];
        for (int tap = 0; tap < delays.length; tap++) {
            int shift = delays[tap] * AudioFormat.SAMPLE_RATE / 1000;
            for (int i = shift; i < echo.length; i++) {
                echo[i] += gains[tap] * played[i - shift];
            }
        }
        return echo;
    }
}
