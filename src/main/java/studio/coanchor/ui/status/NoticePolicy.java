package studio.coanchor.ui.status;

import java.util.Optional;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.ui.EventOrigin;

/**
 * Which engine events deserve a notification: a busy network (with Tencent's advice to the anchor), reconnecting
 * and being back, a hardware encoder that fell back to software, and every error. The rest only go to the log.
 * Busy-network notices come at most once per {@link #NET_BUSY_QUIET_MILLIS}, as the pusher repeats the warning while
 * congestion lasts.
 */
public final class NoticePolicy {
    /** Tencent's advice for an upstream clog (MLVB FAQ, "Notify VJ of the bad network condition"). */
    public static final String NET_BUSY_ADVICE = "The network is poor now. Move closer to your router and make sure "
            + "no wall blocks the signal, or use a cable; stop other uploads, or pick a lower quality.";
    static final long NET_BUSY_QUIET_MILLIS = 30_000;

    private boolean reconnecting;
    private long lastNetBusy = Long.MIN_VALUE / 2;

    /** The notification for {@code event}, if it deserves one. */
    public Optional<Notice> on(EventOrigin origin, MediaEvent event) {
        EventCode code = event.code();
        if (code.isError()) {
            reconnecting = false;
            return Optional.of(Notice.error(code.description(), event.message()));
        }
        return switch (code) {
            case PUSH_WARNING_NET_BUSY -> netBusy(event);
            case PUSH_WARNING_RECONNECT -> {
                reconnecting = true;
                yield Optional.of(Notice.warning("Reconnecting", "The connection dropped; trying again. "
                        + event.message()));
            }
            case PUSH_EVT_PUSH_BEGIN -> {
                boolean back = reconnecting;
                reconnecting = false;
                yield back ? Optional.of(Notice.info("Reconnected", "Live again: " + event.message()))
                        : Optional.empty();
            }
            case PUSH_WARNING_HW_ACCELERATION_FAIL -> Optional.of(Notice.warning(
                    origin == EventOrigin.RECORDING ? "Recording in software" : "Encoding in software",
                    "The hardware encoder did not start: " + event.message()));
            default -> Optional.empty();
        };
    }

    /** Forgets a reconnect in progress: a new push starts afresh. */
    public void reset() {
        reconnecting = false;
    }

    private Optional<Notice> netBusy(MediaEvent event) {
        if (event.epochMillis() - lastNetBusy < NET_BUSY_QUIET_MILLIS) {
            return Optional.empty();
        }
        lastNetBusy = event.epochMillis();
        return Optional.of(Notice.warning("Network is busy", NET_BUSY_ADVICE));
    }
}
