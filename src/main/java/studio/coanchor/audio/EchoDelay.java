package studio.coanchor.audio;

/**
 * The delay the echo canceller is told: from the hand-over of a far-end frame to the processing of the microphone
 * frame that holds its echo. Two parts are measured as the sound flows: how much the speakers still held when the
 * mixer handed a frame over, and how old a microphone frame is when it is processed (the microphone's buffer). Each
 * is smoothed over about 200 ms, since device buffers jitter by a frame from one reading to the next. The acoustic
 * path from speaker to microphone is left to the canceller's own delay search.
 */
final class EchoDelay {
    /** Weight of each 10 ms reading: a time constant of about 200 ms. */
    private static final double WEIGHT = 0.05;

    private double playoutMicros = Double.NaN;
    private double captureMicros = Double.NaN;

    synchronized void played(long queuedMicros) {
        playoutMicros = smooth(playoutMicros, queuedMicros);
    }

    synchronized void captured(long ageMicros) {
        captureMicros = smooth(captureMicros, ageMicros);
    }

    /** The current estimate; parts not measured yet (no playout, say) count as zero. */
    synchronized int millis() {
        double total = (Double.isNaN(playoutMicros) ? 0 : playoutMicros)
                + (Double.isNaN(captureMicros) ? 0 : captureMicros);
        return (int) Math.round(total / 1_000);
    }

    private static double smooth(double current, long reading) {
        double value = Math.max(0, reading);
        return Double.isNaN(current) ? value : current + WEIGHT * (value - current);
    }
}
