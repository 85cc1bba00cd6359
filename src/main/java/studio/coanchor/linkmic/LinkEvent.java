package studio.coanchor.linkmic;

import java.util.Locale;

/**
 * Something that happened in a co-anchor session, for the studio's notifications and the headless
 * {@code LINK <kind> <peer> <message>} lines.
 *
 * @param peer the other anchor it is about, or {@code -}
 * @param room the room as the hub described it, with {@link Kind#JOINED} and {@link Kind#MEMBERS}; null otherwise
 */
public record LinkEvent(Kind kind, String peer, String message, RoomState room) {

    /** What happened. */
    public enum Kind {
        JOINED, MEMBERS, REQUEST_SENT, REQUEST_RECEIVED, ACCEPTED, REJECTED, TIMEOUT, LINKED, UNLINKED,
        KICKED, PK_REQUEST_RECEIVED, PK_STARTED, PK_ENDED, ROLE, MIX, REFUSED, ROOM_CLOSED, DISCONNECTED
    }

    public LinkEvent {
        peer = peer == null || peer.isBlank() ? "-" : peer;
    }

    public LinkEvent(Kind kind, String peer, String message) {
        this(kind, peer, message, null);
    }

    public String line() {
        return "LINK " + kind.name().toLowerCase(Locale.ROOT) + " " + peer + " " + message;
    }
}
