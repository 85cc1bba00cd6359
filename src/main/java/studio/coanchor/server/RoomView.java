package studio.coanchor.server;

import java.util.List;

/** One room as GET /api/rooms shows it. */
public record RoomView(String roomId, String owner, List<String> members, List<String> coAnchors,
                       List<List<String>> pkPairs) {
}
