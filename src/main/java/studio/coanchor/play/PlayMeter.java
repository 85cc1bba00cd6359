package studio.coanchor.play;

import java.util.OptionalInt;

/** Counts what the status line reports: pictures shown and dropped, bytes received, A/V offset and latency. */
final class PlayMeter {
    private int shown;
    private long receivedBytes;
    private long dropped;
    private int avOffsetMs;
    private long latencySum;
    private int latencyCount;

    synchronized void shown(int avOffset, long latencyMillis) {
        shown++;
        avOffsetMs = avOffset;
        if (latencyMillis >= 0) {
            latencySum += latencyMillis;
            latencyCount++;
        }
    }

    synchronized void dropped(int frames) {
        dropped += frames;
    }

    synchronized void received(int bytes) {
        receivedBytes += bytes;
    }

    /** The figures since the previous reading; the dropped count is since start. */
    synchronized Reading read() {
        Reading reading = new Reading(shown, receivedBytes, dropped, avOffsetMs,
                latencyCount == 0 ? OptionalInt.empty() : OptionalInt.of((int) (latencySum / latencyCount)));
        shown = 0;
        receivedBytes = 0;
        latencySum = 0;
        latencyCount = 0;
        return reading;
    }

    record Reading(int shown, long receivedBytes, long dropped, int avOffsetMs, OptionalInt latencyMs) {
    }
}
