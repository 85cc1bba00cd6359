package studio.coanchor.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.LinkMicMessage;
import studio.coanchor.linkmic.RoomCommand;
import studio.coanchor.linkmic.RoomState;
import studio.coanchor.linkmic.SignalMessage;
import studio.coanchor.linkmic.SignalingClient;
import studio.coanchor.testkit.CoanchorBackend;

/**
 * An owner's room on the real backend with co-anchors linked to it over real signaling sockets: each co-anchor
 * joins and asks, the owner accepts. Closing disconnects everyone, which ends the links.
 */
final class LinkedRoom implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<SignalingClient> sockets = new ArrayList<>();
    private final BlockingQueue<RoomState> ownerSees = new LinkedBlockingQueue<>();

    private LinkedRoom() {
    }

    /** Links {@code coAnchors} to {@code owner}'s room, one after the other, and returns once the owner sees them all. */
    static LinkedRoom link(CoanchorBackend backend, String owner, String... coAnchors) throws Exception {
        LinkedRoom room = new LinkedRoom();
        try {
            room.openAsOwner(backend, owner);
            for (String coAnchor : coAnchors) {
                room.linkCoAnchor(backend, owner, coAnchor);
            }
            return room;
        } catch (Exception | AssertionError e) {
            room.close();
            throw e;
        }
    }

    private void openAsOwner(CoanchorBackend backend, String owner) throws BackendException {
        AtomicReference<SignalingClient> socket = new AtomicReference<>();
        socket.set(connect(backend, owner, message -> {
            if (message instanceof LinkMicMessage link && link.type() == LinkMicMessage.Type.REQUEST) {
                socket.get().send(LinkMicMessage.accept(owner, link.userId(), System.currentTimeMillis()));
            } else if (message instanceof RoomState state) {
                ownerSees.add(state);
            }
        }));
        socket.get().send(RoomCommand.join(owner));
    }

    private void linkCoAnchor(CoanchorBackend backend, String owner, String coAnchor) throws Exception {
        SignalingClient socket = connect(backend, coAnchor, message -> { });
        socket.send(RoomCommand.join(owner));
        socket.send(LinkMicMessage.request(owner, coAnchor, System.currentTimeMillis()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            RoomState state = ownerSees.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (state == null) {
                throw new AssertionError(owner + " did not see " + coAnchor + " linked within " + WAIT.toSeconds() + " s");
            }
            if (state.coAnchors().contains(coAnchor)) {
                return;
            }
        }
    }

    private SignalingClient connect(CoanchorBackend backend, String anchor, Consumer<SignalMessage> onMessage)
            throws BackendException {
        SignalingClient socket = SignalingClient.connect(backend.login(anchor), new SignalingClient.Listener() {
            @Override
            public void onMessage(SignalMessage message) {
                onMessage.accept(message);
            }

            @Override
            public void onDisconnected(String reason) {
            }
        });
        sockets.add(socket);
        return socket;
    }

    @Override
    public void close() {
        sockets.forEach(SignalingClient::close);
    }
}
