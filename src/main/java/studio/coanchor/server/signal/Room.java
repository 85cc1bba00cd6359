package studio.coanchor.server.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.coanchor.linkmic.RoomState;
import studio.coanchor.server.RoomView;

/**
 * One open room: its owner (whose user ID is the room's ID), the members who joined, the co-anchors linked with
 * the owner, the room it is in a PK with, and the request waiting for the owner. Guarded by the lock of
 * {@link Rooms}.
 */
final class Room {
    private final String id;
    private final SignalConnection owner;
    private final Map<String, SignalConnection> members = new LinkedHashMap<>();
    private final Set<SignalConnection> coAnchors = new LinkedHashSet<>();
    private Room pkPeer;
    private PendingRequest pending;

    Room(SignalConnection owner) {
        this.id = owner.userId();
        this.owner = owner;
    }

    String id() {
        return id;
    }

    SignalConnection owner() {
        return owner;
    }

    boolean isOwner(SignalConnection connection) {
        return owner == connection;
    }

    int memberCount() {
        return members.size();
    }

    void add(SignalConnection member) {
        members.put(member.userId(), member);
    }

    void remove(SignalConnection member) {
        members.remove(member.userId(), member);
        coAnchors.remove(member);
    }

    /** The owner first, then the members in the order they joined. */
    List<SignalConnection> everyone() {
        List<SignalConnection> all = new ArrayList<>();
        all.add(owner);
        all.addAll(members.values());
        return all;
    }

    List<SignalConnection> members() {
        return List.copyOf(members.values());
    }

    SignalConnection member(String userId) {
        return members.get(userId);
    }

    List<SignalConnection> coAnchors() {
        return List.copyOf(coAnchors);
    }

    boolean isLinked(SignalConnection member) {
        return coAnchors.contains(member);
    }

    void link(SignalConnection member) {
        coAnchors.add(member);
    }

    void unlink(SignalConnection member) {
        coAnchors.remove(member);
    }

    Room pkPeer() {
        return pkPeer;
    }

    void pkWith(Room peer) {
        pkPeer = peer;
    }

    PendingRequest pending() {
        return pending;
    }

    void setPending(PendingRequest request) {
        pending = request;
    }

    RoomState state(RoomState.Type type, long timestamp) {
        return new RoomState(type, id, owner.userId(), ids(members.values()), ids(coAnchors),
                pkPeer == null ? null : pkPeer.id(), null, timestamp);
    }

    RoomView view() {
        List<List<String>> pkPairs = pkPeer == null ? List.of() : List.of(List.of(id, pkPeer.id()));
        return new RoomView(id, owner.userId(), ids(members.values()), ids(coAnchors), pkPairs);
    }

    private static List<String> ids(Iterable<SignalConnection> connections) {
        List<String> ids = new ArrayList<>();
        connections.forEach(connection -> ids.add(connection.userId()));
        return List.copyOf(ids);
    }
}
