package studio.coanchor.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Tencent's {@code common_access} endpoint on loopback: answers the queued codes in turn (then 0)
 * and records each call's query, body and arrival time.
 */
public final class MixEndpoint implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Integer> codes = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public MixEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/common_access", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI(), JSON.readTree(body),
                    Instant.now()));
            int code;
            synchronized (codes) {
                code = codes.isEmpty() ? 0 : codes.removeFirst();
            }
            byte[] answer = ("{\"code\":" + code + ",\"message\":\"" + (code == 0 ? "Success!" : "failed")
                    + "\",\"timestamp\":1490079362}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public MixEndpoint answer(Integer... queued) {
        synchronized (codes) {
            codes.addAll(List.of(queued));
        }
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/common_access";
    }

    public List<Call> calls() {
        return calls;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request the endpoint received. */
    public record Call(String method, URI uri, JsonNode body, Instant at) {
    }
}
