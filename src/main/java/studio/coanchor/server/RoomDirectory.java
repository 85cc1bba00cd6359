package studio.coanchor.server;

import java.util.List;
import java.util.Set;

/** What the HTTP API needs to know about rooms and links; the signaling hub answers it. */
public interface RoomDirectory {
    /** User IDs whose streams this user may play in low-latency mode: its linked co-anchors and PK peer. */
    Set<String> linkedWith(String userId);

    /** Every room with its owner, members, linked co-anchors and PK pairs. */
    List<RoomView> rooms();
}
