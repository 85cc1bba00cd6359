package studio.coanchor.linkmic;

/**
 * Why the server refused a message: the machine-readable {@code code} of a {@code room} error. On the wire each
 * code is its name in lower case ({@code room_full}).
 */
public enum SignalErrorCode {
    /** The text frame is larger than {@link SignalCodec#MAX_FRAME_BYTES}. */
    FRAME_TOO_LARGE,
    /** The frame is not JSON. */
    BAD_JSON,
    /** The JSON does not have the shape of a message: a missing, unknown or mistyped field, or a binary frame. */
    BAD_MESSAGE,
    /** The {@code cmd}, or the {@code type} for that {@code cmd}, is not one of the protocol's. */
    UNKNOWN_COMMAND,
    /** A field has a value outside its rules: an ID, a length, a URL, a timestamp. */
    INVALID_FIELD,
    /** The message is one the server sends, not one a client may send. */
    SERVER_ONLY,
    /** The {@code userID} is not the user the connection signed in as. */
    USER_MISMATCH,
    /** The command is older than the server accepts; it was dropped. */
    STALE,
    /** The command's timestamp lies too far in the future: the sender's clock is off. */
    CLOCK_SKEW,
    /** The connection sends faster than the server accepts; messages are being dropped. */
    RATE_LIMITED,
    /** No room with that ID is open: its owner has not joined it. */
    NO_SUCH_ROOM,
    /** The sender is not in the room the command names. */
    NOT_IN_ROOM,
    /** The sender is in a room already and must leave it first. */
    ALREADY_IN_ROOM,
    /** The room holds as many members as it takes. */
    ROOM_CROWDED,
    /** Only the room's owner may do that. */
    NOT_OWNER,
    /** The command names a user it cannot be aimed at (the sender itself, someone who is not there). */
    INVALID_TARGET,
    /** A request already waits for an answer in that room. */
    REQUEST_PENDING,
    /** There is no waiting request that this answer could answer. */
    NO_PENDING_REQUEST,
    /** The room has the most co-anchors it takes. */
    ROOM_FULL,
    /** The sender is linked already. */
    ALREADY_LINKED,
    /** The user named is not linked (or the rooms named are not in a PK). */
    NOT_LINKED,
    /** A room taking part in a PK cannot link co-anchors. */
    IN_PK,
    /** A room with linked co-anchors cannot take part in a PK. */
    LINKED
}
