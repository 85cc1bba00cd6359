package studio.coanchor.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a player and a server on loopback, to make network trouble real: {@link #hold()} keeps what
 * the server sends (the server goes on sending) until {@link #release()} delivers it all in one burst, and
 * {@link #cutOff()} closes every connection and stops listening, as a server that goes away. A client connection is
 * forwarded once the server accepts, retrying for up to 5 s while it is not listening yet.
 */
public final class TcpRelay implements AutoCloseable {
    private static final long UPSTREAM_RETRY_MILLIS = 5_000;

    private final int upstreamPort;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Object downstreamLock = new Object();
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private volatile OutputStream client;
    private boolean holding;

    public TcpRelay(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        start(new Thread(this::accept, "test-relay-accept"));
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code serverUrl} with the relay's port in place of the server's. */
    public String relayed(String serverUrl) {
        return serverUrl.replace(":" + upstreamPort + "/", ":" + port() + "/");
    }

    /** From now on what the server sends is kept back. */
    public void hold() {
        synchronized (downstreamLock) {
            holding = true;
        }
    }

    /** Delivers everything kept back in one write, then forwards as before. */
    public void release() throws IOException {
        synchronized (downstreamLock) {
            holding = false;
            if (client != null) {
                held.writeTo(client);
                client.flush();
            }
            held.reset();
        }
    }

    /** Closes every connection and the listening socket: further connects are refused. */
    public void cutOff() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket player = listener.accept();
                player.setTcpNoDelay(true);
                sockets.add(player);
                Socket server = connectUpstream();
                server.setTcpNoDelay(true);
                sockets.add(server);
                InputStream fromPlayer = player.getInputStream();
                OutputStream toPlayer = player.getOutputStream();
                InputStream fromServer = server.getInputStream();
                OutputStream toServer = server.getOutputStream();
                client = toPlayer;
                start(new Thread(() -> pump(fromPlayer, toServer, false), "test-relay-up"));
                start(new Thread(() -> pump(fromServer, toPlayer, true), "test-relay-down"));
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private Socket connectUpstream() throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + UPSTREAM_RETRY_MILLIS;
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            } catch (ConnectException e) {
                if (System.currentTimeMillis() > end) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    private void pump(InputStream from, OutputStream to, boolean downstream) {
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while ((read = from.read(buffer)) >= 0) {
                if (downstream) {
                    synchronized (downstreamLock) {
                        if (holding) {
                            held.write(buffer, 0, read);
                            continue;
                        }
                        to.write(buffer, 0, read);
                    }
                } else {
                    to.write(buffer, 0, read);
                }
                to.flush();
            }
        } catch (IOException e) {
            // one side closed: close both so the other side sees it too
        } finally {
            closeQuietly(from, to);
        }
    }

    private static void closeQuietly(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already closed
            }
        }
    }

    private void start(Thread thread) {
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    @Override
    public void close() throws Exception {
        cutOff();
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }
}
