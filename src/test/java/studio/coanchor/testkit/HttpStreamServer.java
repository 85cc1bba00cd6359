package studio.coanchor.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * A test peer: a real HTTP server on loopback serving a live HTTP-FLV stream from {@link TestStreamEncoder} that
 * ends after a set time ({@code /live/test.flv}), a web page that is no stream at all ({@code /index.html}), and
 * 404 for anything else.
 */
public final class HttpStreamServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-http-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final int width;
    private final int height;
    private final int fps;
    private final Duration length;

    public HttpStreamServer(int width, int height, int fps, Duration length) throws IOException {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.length = length;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    public String flvUrl() {
        return base() + "/live/test.flv";
    }

    public String pageUrl() {
        return base() + "/index.html";
    }

    public String missingUrl() {
        return base() + "/live/nobody.flv";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/live/test.flv" -> stream(exchange);
                case "/index.html" -> {
                    byte[] page = "<!doctype html><html><body><h1>Welcome</h1></body></html>"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, page.length);
                    exchange.getResponseBody().write(page);
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "video/x-flv");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        try (TestStreamEncoder encoder = new TestStreamEncoder(width, height, fps, true)) {
            FFmpegFrameRecorder recorder = encoder.recorderFor(body);
            try {
                recorder.startUnsafe();
                long end = System.nanoTime() + length.toNanos();
                while (System.nanoTime() < end && encoder.next(recorder)) {
                    // streams for the set time, then ends the response
                }
                recorder.stop();
            } finally {
                TestStreamEncoder.release(recorder);
            }
        } catch (Exception e) {
            // the player went away
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
