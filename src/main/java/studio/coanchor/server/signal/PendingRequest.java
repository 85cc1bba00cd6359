package studio.coanchor.server.signal;

import java.util.concurrent.Future;

/** A link or PK request waiting for the asked owner's answer, with the timer that ends the wait. */
final class PendingRequest {
    private final SignalConnection requester;
    private final Room asked;
    private final Room requesterRoom;
    private Future<?> expiry;

    /** A link request names no requester's room; a PK request names the requester's own. */
    PendingRequest(SignalConnection requester, Room asked, Room requesterRoom) {
        this.requester = requester;
        this.asked = asked;
        this.requesterRoom = requesterRoom;
    }

    boolean isPk() {
        return requesterRoom != null;
    }

    String cmd() {
        return isPk() ? "pk" : "linkmic";
    }

    SignalConnection requester() {
        return requester;
    }

    Room asked() {
        return asked;
    }

    /** The requester's own room, for a PK request; null for a link request. */
    Room requesterRoom() {
        return requesterRoom;
    }

    /** The room the request names in its {@code roomID}: the asked room for a link, the requester's for a PK. */
    String roomId() {
        return isPk() ? requesterRoom.id() : asked.id();
    }

    void expireWith(Future<?> timer) {
        expiry = timer;
    }

    void cancelExpiry() {
        if (expiry != null) {
            expiry.cancel(false);
        }
    }
}
