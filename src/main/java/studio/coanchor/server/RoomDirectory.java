package studio.coanchor.server;

/** What the HTTP API needs to know about rooms and links; the signaling hub answers it. */
public interface RoomDirectory {
    java.util.Set<String> linkedWith(String userId);      // user IDs whose streams this user may play in ACC mode
    java.util.List<RoomView> rooms();                      // for GET /api/rooms
}
