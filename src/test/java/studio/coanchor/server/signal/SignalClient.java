package studio.coanchor.server.signal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import studio.coanchor.linkmic.SignalCodec;
import studio.coanchor.linkmic.SignalError;
import studio.coanchor.linkmic.SignalErrorCode;
import studio.coanchor.linkmic.SignalFormatException;
import studio.coanchor.linkmic.SignalMessage;

/**
 * A signaling client for tests over a real {@link WebSocket}: every frame the server sends must parse with
 * {@link SignalCodec}, and the test waits for the messages it expects, in any order with the others.
 */
final class SignalClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(3);

    /** How the server closed the socket. */
    record Closed(int code, String reason) {
    }

    private final String userId;
    private final List<SignalMessage> inbox = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final AtomicInteger pings = new AtomicInteger();
    private WebSocket socket;

    private SignalClient(String userId) {
        this.userId = userId;
    }

    static SignalClient connect(HttpClient http, URI uri, String userId) throws Exception {
        SignalClient client = new SignalClient(userId);
        client.socket = http.newWebSocketBuilder().buildAsync(uri, client.new Listener())
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return client;
    }

    String userId() {
        return userId;
    }

    void send(SignalMessage message) throws Exception {
        sendText(SignalCodec.write(message));
    }

    void sendText(String frame) throws Exception {
        socket.sendText(frame, true).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The first message not yet taken that is a {@code type} matching {@code match}, waiting for it to come. */
    <T extends SignalMessage> T await(Class<T> type, Predicate<? super T> match) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (this) {
            while (true) {
                checkReadable();
                T found = take(type, match);
                if (found != null) {
                    return found;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError(userId + " did not receive the " + type.getSimpleName()
                            + " expected within " + WAIT.toMillis() + " ms; it has " + inbox + " and closed "
                            + closedSoFar());
                }
                wait(left);
            }
        }
    }

    SignalError awaitError(SignalErrorCode code) throws InterruptedException {
        return await(SignalError.class, error -> error.code() == code);
    }

    /** Fails when a matching message arrives within {@code quiet}. */
    synchronized <T extends SignalMessage> void assertNone(Class<T> type, Predicate<? super T> match, Duration quiet)
            throws InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        long left;
        while ((left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) > 0) {
            wait(left);
        }
        checkReadable();
        T found = take(type, match);
        if (found != null) {
            throw new AssertionError(userId + " should not have received " + found);
        }
    }

    /** Every message received and not yet taken, taken now. */
    synchronized List<SignalMessage> drain() {
        checkReadable();
        List<SignalMessage> all = List.copyOf(inbox);
        inbox.clear();
        return all;
    }

    Closed awaitClosed() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Pings received so far; the client answers each with a pong, as every WebSocket does. */
    int pings() {
        return pings.get();
    }

    /** How the server closed the socket, or null while it is open. */
    Closed closedSoFar() {
        return closed.getNow(null);
    }

    boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    /** Drops the connection without a closing handshake, as a crashed client or a lost network would. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private <T extends SignalMessage> T take(Class<T> type, Predicate<? super T> match) {
        for (Iterator<SignalMessage> it = inbox.iterator(); it.hasNext(); ) {
            SignalMessage message = it.next();
            if (type.isInstance(message) && match.test(type.cast(message))) {
                it.remove();
                return type.cast(message);
            }
        }
        return null;
    }

    private void checkReadable() {
        if (!unreadable.isEmpty()) {
            throw new AssertionError(userId + " received frames the codec refuses: " + unreadable);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                synchronized (SignalClient.this) {
                    try {
                        inbox.add(SignalCodec.parse(frame));
                    } catch (SignalFormatException e) {
                        unreadable.add(e.getMessage() + ": " + frame);
                    }
                    SignalClient.this.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            pings.incrementAndGet();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            synchronized (SignalClient.this) {
                SignalClient.this.notifyAll();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
