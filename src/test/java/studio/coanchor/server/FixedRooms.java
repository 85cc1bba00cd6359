package studio.coanchor.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Rooms whose links a test sets by hand, standing in for the signaling hub. */
final class FixedRooms implements RoomDirectory {
    private final Map<String, Set<String>> coAnchors = new TreeMap<>();

    /** {@code coAnchor} joins {@code owner}'s room and is linked with the owner. */
    synchronized FixedRooms link(String owner, String coAnchor) {
        coAnchors.computeIfAbsent(owner, id -> new TreeSet<>()).add(coAnchor);
        return this;
    }

    @Override
    public synchronized Set<String> linkedWith(String userId) {
        Set<String> linked = new TreeSet<>(coAnchors.getOrDefault(userId, Set.of()));
        coAnchors.forEach((owner, members) -> {
            if (members.contains(userId)) {
                linked.add(owner);
            }
        });
        return linked;
    }

    @Override
    public synchronized List<RoomView> rooms() {
        List<RoomView> views = new ArrayList<>();
        coAnchors.forEach((owner, members) -> {
            List<String> everyone = new ArrayList<>(List.of(owner));
            everyone.addAll(members);
            views.add(new RoomView(owner, owner, everyone, List.copyOf(members), List.of()));
        });
        return views;
    }
}
