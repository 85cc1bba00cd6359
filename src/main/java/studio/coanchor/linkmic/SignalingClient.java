package studio.coanchor.linkmic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One anchor's WebSocket to the backend's signaling hub. Incoming messages are parsed and handed to the
 * {@link Listener} one at a time on the {@code linkmic-signal} thread, in the order they arrived; a frame the codec
 * refuses is logged and skipped.
 */
public final class SignalingClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalingClient.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final long CLOSE_WAIT_MILLIS = 2_000;

    /** Receives what the hub sends, always on the {@code linkmic-signal} thread. */
    public interface Listener {
        void onMessage(SignalMessage message);

        /** The connection is gone; {@code reason} says why in words. Nothing more arrives after this. */
        void onDisconnected(String reason);
    }

    private final ExecutorService inbox = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "linkmic-signal");
        thread.setDaemon(true);
        return thread;
    });
    private final Listener listener;
    private final WebSocket socket;
    private volatile boolean closing;

    private SignalingClient(Listener listener, URI uri) throws BackendException {
        this.listener = listener;
        try {
            socket = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()
                    .newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                    .buildAsync(uri, new Receiver())
                    .get(CONNECT_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            inbox.shutdownNow();
            throw new BackendException(connectFailure(uri, e), e);
        } catch (InterruptedException e) {
            inbox.shutdownNow();
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while connecting to the signaling hub", e);
        }
    }

    /** Connects to {@code account}'s signaling address. */
    public static SignalingClient connect(BackendAccount account, Listener listener) throws BackendException {
        return new SignalingClient(listener, account.signalingUri());
    }

    /** Sends one message; a connection that is gone is reported to the listener, not thrown. */
    public void send(SignalMessage message) {
        String frame = SignalCodec.write(message);
        synchronized (socket) {
            try {
                socket.sendText(frame, true).join();
            } catch (CompletionException e) {
                LOG.warn("Could not send {} {}: {}", message.cmd(), message.typeName(), e.getCause().toString());
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        synchronized (socket) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "leaving").get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("Closing the signaling socket: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        socket.abort();
        inbox.shutdown();
        try {
            if (!inbox.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("The signaling listener did not finish within {} ms", CLOSE_WAIT_MILLIS);
                inbox.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String connectFailure(URI uri, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String where = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        if (cause instanceof WebSocketHandshakeException handshake) {
            return "the signaling hub at " + where + " refused the connection (HTTP "
                    + handshake.getResponse().statusCode() + "); log in again for a fresh token";
        }
        if (e instanceof TimeoutException) {
            return "the signaling hub at " + where + " did not answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        return "cannot connect to the signaling hub at " + where + ": " + cause.getClass().getSimpleName();
    }

    private void deliver(Runnable delivery) {
        if (!inbox.isShutdown()) {
            inbox.execute(delivery);
        }
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                deliver(() -> handle(frame));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            String words = reason == null || reason.isBlank() ? "closed with code " + statusCode : reason;
            deliver(() -> listener.onDisconnected(words));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                deliver(() -> listener.onDisconnected("the signaling connection failed: "
                        + error.getClass().getSimpleName()));
            }
        }

        private void handle(String frame) {
            SignalMessage message;
            try {
                message = SignalCodec.parse(frame);
            } catch (SignalFormatException e) {
                LOG.warn("Ignoring a signaling frame the codec refused: {}", e.getMessage());
                return;
            }
            listener.onMessage(message);
        }
    }
}
