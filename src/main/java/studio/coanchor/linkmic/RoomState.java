package studio.coanchor.linkmic;

import java.util.List;

/**
 * What the server says about a room: {@code joined} answers a join, {@code members} goes to everyone in the room
 * whenever its members, co-anchors or PK change, {@code left} answers a leave, and {@code closed} tells the members
 * that the owner left. Wire fields: {@code type, roomID, owner, members, coAnchors, pkWith, reason, timestamp}.
 *
 * @param owner     the room's owner, in {@code joined} and {@code members}
 * @param members   everyone in the room but the owner, in the order they joined
 * @param coAnchors the members linked with the owner, in the order they were accepted
 * @param pkWith    the owner of the room this one is in a PK with, or null
 * @param reason    why the room closed, in {@code closed}
 */
public record RoomState(Type type, String roomId, String owner, List<String> members, List<String> coAnchors,
                        String pkWith, String reason, long timestamp) implements SignalMessage {
    /** The most co-anchors one room links at a time. */
    public static final int MAX_CO_ANCHORS = 3;
    /** The most members (besides its owner) one room holds. */
    public static final int MAX_MEMBERS = 32;

    /** The {@code type} of a room state. */
    public enum Type {
        JOINED,
        MEMBERS,
        LEFT,
        CLOSED
    }

    public RoomState {
        Fields.required("room state", "type", type);
        String context = "room " + WireName.of(type);
        Fields.id("roomID", Fields.required(context, "roomID", roomId));
        Fields.id("owner", owner);
        Fields.id("pkWith", pkWith);
        members = Fields.ids("members", members, MAX_MEMBERS);
        coAnchors = Fields.ids("coAnchors", coAnchors, MAX_CO_ANCHORS);
        Fields.text("reason", reason, Fields.MAX_REASON);
        Fields.timestamp(timestamp);
        if (type == Type.JOINED || type == Type.MEMBERS) {
            Fields.required(context, "owner", owner);
        }
        if (type == Type.CLOSED) {
            Fields.required(context, "reason", reason);
        }
        if (!members.containsAll(coAnchors)) {
            throw new SignalFormatException(SignalErrorCode.INVALID_FIELD, "every co-anchor must be a member");
        }
    }

    public static RoomState left(String roomId, long timestamp) {
        return new RoomState(Type.LEFT, roomId, null, List.of(), List.of(), null, null, timestamp);
    }

    public static RoomState closed(String roomId, String reason, long timestamp) {
        return new RoomState(Type.CLOSED, roomId, null, List.of(), List.of(), null, reason, timestamp);
    }

    @Override
    public String cmd() {
        return "room";
    }

    @Override
    public String typeName() {
        return WireName.of(type);
    }

    @Override
    public boolean sentByClient() {
        return false;
    }
}
