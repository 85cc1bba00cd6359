package studio.coanchor.ui.coanchor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.PreviewImage;

/**
 * One linked anchor's co-anchor window: its live pictures, where it stands, its measured latency, whether its stream
 * is loading (the window keeps the last picture under a translucent overlay then), its sound muted or not, and what
 * this anchor may do about it (kick, leave the link, end the PK). Properties change on the JavaFX thread only.
 */
public final class PeerViewModel {
    private final String peerId;
    private final LatestFrameSlot<PreviewImage> video;
    private final CoanchorViewModel panel;
    private final ReadOnlyObjectWrapper<Standing> standing = new ReadOnlyObjectWrapper<>(this, "standing",
            Standing.MEMBER);
    private final ReadOnlyBooleanWrapper mayKick = new ReadOnlyBooleanWrapper(this, "mayKick");
    private final ReadOnlyBooleanWrapper mayLeave = new ReadOnlyBooleanWrapper(this, "mayLeave");
    private final ReadOnlyBooleanWrapper mayStopPk = new ReadOnlyBooleanWrapper(this, "mayStopPk");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyStringWrapper overlayText = new ReadOnlyStringWrapper(this, "overlayText");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "Latency –");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");

    PeerViewModel(String peerId, LatestFrameSlot<PreviewImage> video, CoanchorViewModel panel) {
        this.peerId = peerId;
        this.video = video;
        this.panel = panel;
        overlayText.set("Connecting to " + peerId + "…");
        muted.addListener((property, before, now) -> panel.setMuted(peerId, now));
    }

    public String peerId() {
        return peerId;
    }

    public LatestFrameSlot<PreviewImage> video() {
        return video;
    }

    public ReadOnlyObjectProperty<Standing> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayKickProperty() {
        return mayKick.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayLeaveProperty() {
        return mayLeave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayStopPkProperty() {
        return mayStopPk.getReadOnlyProperty();
    }

    /** Whether the stream is not showing live pictures right now: connecting, loading, reconnecting or ended. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlayTextProperty() {
        return overlayText.getReadOnlyProperty();
    }

    /** Latency (or, on a stream without the latency stamp, the delay buffered), frame rate and bitrate. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Something the anchor should know about this stream beyond its pictures, such as sound that cannot play. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    public void kick() {
        panel.kick(peerId);
    }

    public void leave() {
        panel.quitLink();
    }

    public void stopPk() {
        panel.stopPk();
    }

    void standing(Standing next, boolean youOwnTheRoom) {
        standing.set(next);
        mayKick.set(youOwnTheRoom && next == Standing.CO_ANCHOR);
        mayLeave.set(next == Standing.OWNER);
        mayStopPk.set(youOwnTheRoom && next == Standing.PK_OPPONENT);
    }

    void onEvent(MediaEvent event) {
        EventCode code = event.code();
        switch (code) {
            case PLAY_EVT_CONNECT_SUCC -> overlayText.set("Connected; waiting for " + peerId + "'s pictures…");
            case PLAY_EVT_PLAY_LOADING -> overlayText.set("Loading…");
            case PLAY_WARNING_RECONNECT -> overlayText.set("Reconnecting to " + peerId + "…");
            case PLAY_EVT_PLAY_END -> overlayText.set(peerId + "'s stream ended");
            case WARNING_SPEAKER_DEVICE_EMPTY -> note.set("No speaker: " + peerId + "'s sound is not played");
            default -> {
                if (code.isError()) {
                    overlayText.set(peerId + "'s stream stopped: " + event.message());
                }
            }
        }
    }

    void onStatus(PlayStatus status) {
        figures.set(describe(status));
    }

    /** The overlay covers the last picture whenever the stream is not playing live, and says why in its text. */
    void playing(boolean live) {
        loading.set(!live);
    }

    private static String describe(PlayStatus status) {
        String delay = status.latencyMs().isPresent() ? "Latency " + status.latencyMs().getAsInt() + " ms"
                : "Delay " + status.bufferMs() + " ms";
        return delay + " · " + status.fps() + " fps · " + status.kbps() + " kbps";
    }
}
