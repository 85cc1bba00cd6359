package studio.coanchor.linkmic;

/**
 * A message between two anchors that the server relays: a {@code linkmic} or {@code pk} message. The server
 * fills in {@code userID} with the sender it verified and {@code targetID} with the recipient.
 */
public sealed interface PeerMessage extends SignalMessage permits LinkMicMessage, PkMessage {
    /** The room the message is about. */
    String roomId();

    /** The sender; a client may leave it out, the server always fills it in. */
    String userId();

    /** The user the message is meant for, where the type names one. */
    String targetId();

    /** When the sender sent it, in milliseconds since 1970-01-01 UTC. */
    long timestamp();

    /** This message as the server passes it on: from {@code senderId}, to {@code recipientId}. */
    PeerMessage relayed(String senderId, String recipientId);
}
