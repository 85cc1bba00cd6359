package studio.coanchor.server;

/** One room as {@code GET /api/rooms} shows it: its owner, who is in it, who is linked, which pairs compete. */
public record RoomView(String roomId, String owner, java.util.List<String> members,
                       java.util.List<String> coAnchors, java.util.List<java.util.List<String>> pkPairs) {}
