package studio.coanchor.app;

import studio.coanchor.play.LatencyReport;

/**
 * One line of the latency benchmark: who pushed and played, the latency distribution, and the time from play start
 * to the first picture (and to the key frame it came from, when known; -1 otherwise). A row that could not be
 * measured carries why instead.
 */
record LatencyRow(String who, LatencyReport latency, long firstPictureMillis, long keyFrameMillis, String failure) {

    static LatencyRow failed(String who, String failure) {
        return new LatencyRow(who, new LatencyReport(0, 0, 0, 0), -1, -1, failure);
    }

    boolean measured() {
        return failure == null && latency.frames() > 0;
    }
}
