package studio.coanchor.ui.status;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.coanchor.media.PushStatus;

/**
 * The last {@value #WINDOW_SECONDS} seconds of a push: what the encoders produced against what the connection sent,
 * and the queue between them. Changed on the JavaFX thread once per push status.
 */
public final class SendHistory {
    public static final int WINDOW_SECONDS = 60;

    /**
     * One second of a push.
     *
     * @param bitrateKbps what the encoders produced (VRA + ARA)
     * @param sendKbps    what left on the connection (SPD)
     */
    public record Sample(long epochMillis, int bitrateKbps, int sendKbps, int queue) {
    }

    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Sample> readOnly = FXCollections.unmodifiableObservableList(samples);

    /** Oldest first, none older than {@value #WINDOW_SECONDS} s before the newest. */
    public ObservableList<Sample> samples() {
        return readOnly;
    }

    public void add(PushStatus status, long epochMillis) {
        long oldest = epochMillis - WINDOW_SECONDS * 1000L;
        int stale = 0;
        while (stale < samples.size() && samples.get(stale).epochMillis() < oldest) {
            stale++;
        }
        Sample sample = new Sample(epochMillis, status.videoKbps() + status.audioKbps(), status.sendKbps(),
                status.queue());
        if (stale > 0) {
            samples.remove(0, stale);
        }
        samples.add(sample);
    }

    public void clear() {
        samples.clear();
    }
}
