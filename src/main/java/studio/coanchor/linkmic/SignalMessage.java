package studio.coanchor.linkmic;

/**
 * One message of the co-anchor signaling protocol, carried in a WebSocket text frame as
 * {@code {"cmd":"linkmic"|"pk"|"room","data":{"type":...}}}. {@link SignalCodec} reads and writes them.
 */
public sealed interface SignalMessage permits PeerMessage, RoomCommand, RoomState, SignalError {
    /** The wire {@code cmd}. */
    String cmd();

    /** The wire {@code data.type}. */
    String typeName();

    /** Whether a client may send this message; the others only come from the server. */
    boolean sentByClient();
}
