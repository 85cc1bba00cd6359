package studio.coanchor.linkmic;

/**
 * A client's {@code room} command: join a room (an owner opens its own room by joining the room named after its
 * user ID), or leave it. Wire fields: {@code type, roomID}.
 */
public record RoomCommand(Type type, String roomId) implements SignalMessage {

    /** The {@code type} of a room command. */
    public enum Type {
        JOIN,
        LEAVE
    }

    public RoomCommand {
        Fields.required("room command", "type", type);
        Fields.id("roomID", Fields.required("room " + WireName.of(type), "roomID", roomId));
    }

    public static RoomCommand join(String roomId) {
        return new RoomCommand(Type.JOIN, roomId);
    }

    public static RoomCommand leave(String roomId) {
        return new RoomCommand(Type.LEAVE, roomId);
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
        return true;
    }
}
