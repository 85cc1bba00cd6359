package studio.coanchor.server.signal;

import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.linkmic.SignalCodec;
import studio.coanchor.linkmic.SignalError;
import studio.coanchor.linkmic.SignalErrorCode;
import studio.coanchor.linkmic.SignalFormatException;
import studio.coanchor.linkmic.SignalMessage;
import studio.coanchor.server.RoomDirectory;
import studio.coanchor.server.RoomView;
import studio.coanchor.server.TokenCheck;

/**
 * The co-anchor signaling server: a WebSocket at {@code /ws?token=...} carrying the messages of
 * {@code studio.coanchor.linkmic} under the rules of SPEC §5. It relays each command to its peer with the sender's
 * verified user ID, answers every malformed or refused message with an error while keeping the connection, and
 * limits how fast each connection may send. It also tells the HTTP API who is linked with whom.
 *
 * <p>{@link #install} adds it to a Javalin app; it starts with the server and closes when the server stops.
 */
public final class SignalingHub implements RoomDirectory, AutoCloseable {
    /** Where the WebSocket is served. */
    public static final String PATH = "/ws";

    private static final Logger LOG = LoggerFactory.getLogger(SignalingHub.class);
    private static final int NORMAL_CLOSURE = 1000;
    private static final int GOING_AWAY = 1001;
    private static final int POLICY_VIOLATION = 1008;
    /** Frames over the protocol's limit but under this are answered with an error; larger ones close the socket. */
    private static final long MAX_TEXT_MESSAGE = 16 * 1024;
    /** Messages queued for a client that does not read are lost beyond this many. */
    private static final int MAX_QUEUED_FRAMES = 256;

    private final Clock clock;
    private final SignalingRules rules;
    private final Rooms rooms;
    private final Map<String, SignalConnection> bySession = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private ScheduledExecutorService timer;

    /** A hub with the real clock and the rules of SPEC §5. */
    public SignalingHub() {
        this(Clock.systemUTC(), SignalingRules.DEFAULT);
    }

    public SignalingHub(Clock clock, SignalingRules rules) {
        this.clock = clock;
        this.rules = rules;
        this.rooms = new Rooms(clock, rules);
    }

    /** Serves the WebSocket on {@code config}'s app, signing connections in with {@code tokens}. */
    public void install(JavalinConfig config, TokenCheck tokens) {
        config.routes.ws(PATH, ws -> {
            ws.onConnect(socket -> connect(socket, tokens));
            ws.onMessage(this::receive);
            ws.onBinaryMessage(this::receiveBinary);
            ws.onClose(this::disconnect);
            ws.onError(socket -> LOG.debug("WebSocket error: {}", String.valueOf(socket.error())));
        });
        config.events.serverStarting(this::start);
        config.events.serverStopped(this::close);
    }

    /**
     * Starts the {@code signal-timer} thread, which ends unanswered requests and pings every connection;
     * {@link #install} arranges this for when the server starts.
     */
    public void start() {
        synchronized (lifecycle) {
            if (timer != null) {
                return;
            }
            timer = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "signal-timer"));
            long ping = rules.pingInterval().toMillis();
            timer.scheduleAtFixedRate(this::pingAll, ping, ping, TimeUnit.MILLISECONDS);
            rooms.start(timer);
        }
    }

    /** Closes every connection, forgets every room, and stops the timer thread, waiting for it to end. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (lifecycle) {
            stopping = timer;
            timer = null;
            bySession.values().forEach(connection -> connection.close(GOING_AWAY, "the signaling service is stopping"));
            bySession.clear();
            rooms.stop();
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            if (!stopping.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The signaling timer thread did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Set<String> linkedWith(String userId) {
        return rooms.linkedWith(userId);
    }

    @Override
    public List<RoomView> rooms() {
        return rooms.views();
    }

    private void connect(WsConnectContext socket, TokenCheck tokens) {
        String token = socket.queryParam("token");
        if (token == null || token.isBlank()) {
            refuseConnection(socket, "a token is required: connect to /ws?token=... with the token from /api/login");
            return;
        }
        Optional<String> user = tokens.userOf(token);
        if (user.isEmpty()) {
            refuseConnection(socket, "the token is unknown or expired; log in again for a new one");
            return;
        }
        String userId = user.get();
        if (!SignalCodec.isValidId(userId)) {
            refuseConnection(socket, "this user's ID is not a valid signaling ID (1 to 64 of A-Z a-z 0-9 _ -)");
            return;
        }
        socket.session.setMaxTextMessageSize(MAX_TEXT_MESSAGE);
        socket.session.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
        socket.session.setIdleTimeout(rules.idleTimeout());
        SignalConnection connection = new SignalConnection(socket, userId, new FloodGuard(clock, rules));
        bySession.put(socket.sessionId(), connection);
        SignalConnection earlier = rooms.signIn(connection);
        LOG.info("{} connected", userId);
        if (earlier != null) {
            earlier.close(NORMAL_CLOSURE, "signed in again from another connection");
            LOG.info("{} signed in again; its earlier connection is closed", userId);
        }
    }

    private void refuseConnection(WsConnectContext socket, String reason) {
        LOG.info("Refused a signaling connection: {}", reason);
        socket.closeSession(POLICY_VIOLATION, reason);
    }

    private void receive(WsMessageContext socket) {
        SignalConnection connection = bySession.get(socket.sessionId());
        if (connection == null || !admitted(connection)) {
            return;
        }
        SignalMessage message;
        try {
            message = SignalCodec.parse(socket.message());
        } catch (SignalFormatException e) {
            refuse(connection, e.toError(clock.millis()));
            return;
        }
        try {
            rooms.handle(connection, message);
        } catch (Refusal e) {
            refuse(connection, new SignalError(e.code(), e.getMessage(), message.cmd(), message.typeName(),
                    clock.millis()));
        }
    }

    private void receiveBinary(WsContext socket) {
        SignalConnection connection = bySession.get(socket.sessionId());
        if (connection != null && admitted(connection)) {
            refuse(connection, new SignalError(SignalErrorCode.BAD_MESSAGE,
                    "binary frames are not part of the protocol; send JSON in text frames", null, null,
                    clock.millis()));
        }
    }

    private boolean admitted(SignalConnection connection) {
        return switch (connection.flood().admit()) {
            case PASS -> true;
            case FIRST_DROP -> {
                refuse(connection, new SignalError(SignalErrorCode.RATE_LIMITED, "more than "
                        + rules.messagesPerSecond() + " messages a second (bursts of " + rules.burst() + "): "
                        + "messages are dropped until the rate falls", null, null, clock.millis()));
                yield false;
            }
            case DROP -> false;
            case CLOSE -> {
                LOG.warn("Closed the connection of {}: it kept sending too fast", connection);
                connection.close(POLICY_VIOLATION, "too many messages for too long");
                yield false;
            }
        };
    }

    private void refuse(SignalConnection connection, SignalError error) {
        String what = error.refusedCmd() == null ? "a message"
                : error.refusedType() == null ? error.refusedCmd() : error.refusedCmd() + " " + error.refusedType();
        LOG.info("Refused {} from {}: {} ({})", what, connection, error.code(), error.message());
        connection.send(error);
    }

    /** Keeps quiet connections open: the pong counts as traffic, and a peer that is gone stops answering. */
    private void pingAll() {
        bySession.values().forEach(SignalConnection::ping);
    }

    private void disconnect(WsCloseContext socket) {
        SignalConnection connection = bySession.remove(socket.sessionId());
        if (connection != null && rooms.signOut(connection, connection.userId() + " disconnected")) {
            LOG.info("{} disconnected ({})", connection, socket.status());
        }
    }
}
