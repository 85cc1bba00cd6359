package studio.coanchor.server.signal;

import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.linkmic.SignalCodec;
import studio.coanchor.linkmic.SignalMessage;

/** One signed-in WebSocket: the user it speaks for, its message budget, and the room it is in. */
final class SignalConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SignalConnection.class);

    private final WsContext socket;
    private final String userId;
    private final FloodGuard flood;
    private Room room;

    SignalConnection(WsContext socket, String userId, FloodGuard flood) {
        this.socket = socket;
        this.userId = userId;
        this.flood = flood;
    }

    String userId() {
        return userId;
    }

    FloodGuard flood() {
        return flood;
    }

    /** The room this connection is in, or null; read and written only under the lock of {@link Rooms}. */
    Room room() {
        return room;
    }

    void enter(Room joined) {
        room = joined;
    }

    void leave() {
        room = null;
    }

    /** Queues the message; a socket that has gone away loses it, and its close handler cleans up. */
    void send(SignalMessage message) {
        try {
            socket.send(SignalCodec.write(message));
        } catch (RuntimeException e) {
            LOG.debug("Could not send {} {} to {}: {}", message.cmd(), message.typeName(), userId, e.toString());
        }
    }

    void ping() {
        try {
            socket.sendPing();
        } catch (RuntimeException e) {
            LOG.debug("Could not ping {}: {}", userId, e.toString());
        }
    }

    void close(int code, String reason) {
        try {
            socket.closeSession(code, reason);
        } catch (RuntimeException e) {
            LOG.debug("Could not close the connection of {}: {}", userId, e.toString());
        }
    }

    @Override
    public String toString() {
        return userId;
    }
}
