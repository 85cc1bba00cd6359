package studio.coanchor.push;

import studio.coanchor.media.PushStatus;

/**
 * Decides when to raise PUSH_WARNING_NET_BUSY (SPEC §1): the encoded bitrate has stayed above what the link sends
 * for {@link #PERSISTENT_SECONDS} readings, or {@link #QUEUE_LIMIT} or more packets wait. Raised when congestion
 * starts and then at most every {@link #REPEAT_SECONDS} while it lasts.
 */
final class CongestionWatch {
    static final int QUEUE_LIMIT = 10;
    static final int PERSISTENT_SECONDS = 3;
    static final int REPEAT_SECONDS = 10;

    private int secondsOverSpeed;
    private int secondsSinceWarning = Integer.MAX_VALUE / 2;

    /** Returns the advice to show the anchor, or null when the link keeps up. */
    String check(PushStatus status) {
        int encoded = status.videoKbps() + status.audioKbps();
        boolean overSpeed = encoded > status.sendKbps() * 11 / 10 + 16;
        secondsOverSpeed = overSpeed ? secondsOverSpeed + 1 : 0;
        secondsSinceWarning++;
        boolean busy = secondsOverSpeed >= PERSISTENT_SECONDS || status.queue() >= QUEUE_LIMIT;
        if (!busy || secondsSinceWarning < REPEAT_SECONDS) {
            return null;
        }
        secondsSinceWarning = 0;
        return "upstream network is poor: encoding " + encoded + " kbps but sending " + status.sendKbps()
                + " kbps, " + status.queue() + " packets waiting; move closer to the router or use a cable, "
                + "stop other uploads, or pick a lower quality";
    }
}
