package studio.coanchor.mix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP peer speaking the backend's side of the mix contract: {@code POST /api/login {userId, password}}
 * answers {@code {token, expiresAt}} or 401; {@code POST /api/mix} with the bearer token and a para or whole
 * body answers {@code {code, message}}, or 400/401 with {@code {"error": ...}}. It keeps what it was sent.
 */
public final class BackendPeer implements AutoCloseable {
    public static final String USER = "alice";
    public static final String PASSWORD = "s3cret-Pass";
    public static final String TOKEN = "tok-6f1c2a9e8b7d";
    public static final String EXPIRES_AT = "2030-01-01T00:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<JsonNode> mixBodies = new CopyOnWriteArrayList<>();
    private volatile int answerCode;
    private volatile String answerMessage = "Success!";
    private volatile int mixStatus = 200;

    public BackendPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/login", this::login);
        server.createContext("/api/mix", this::mix);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next mix requests are answered with this Tencent code and message. */
    public void answer(int code, String message) {
        answerCode = code;
        answerMessage = message;
    }

    /** The next mix requests are refused with this HTTP status and an error. */
    public void refuseMix(int status) {
        mixStatus = status;
    }

    /** Bodies of the mix requests that passed the checks, as sent. */
    public List<JsonNode> mixBodies() {
        return List.copyOf(mixBodies);
    }

    /** What the peer found wrong with the requests' shape; empty when every request was well formed. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void login(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = body(exchange);
            if (body == null) {
                return;
            }
            if (body.size() != 2 || !body.path("userId").isTextual() || !body.path("password").isTextual()) {
                problems.add("login body is not {userId, password}: " + body.fieldNames().next());
                reply(exchange, 400, JSON.createObjectNode().put("error", "send userId and password"));
            } else if (body.get("userId").asText().equals(USER) && body.get("password").asText().equals(PASSWORD)) {
                reply(exchange, 200, JSON.createObjectNode().put("token", TOKEN).put("expiresAt", EXPIRES_AT));
            } else {
                reply(exchange, 401, JSON.createObjectNode().put("error", "wrong user or password"));
            }
        }
    }

    private void mix(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = body(exchange);
            if (body == null) {
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, JSON.createObjectNode().put("error", "log in first"));
                return;
            }
            if (mixStatus != 200) {
                reply(exchange, mixStatus, JSON.createObjectNode().put("error", "only the room owner sets the mix"));
                return;
            }
            boolean paraBody = body.size() == 1 && body.has("para");
            boolean wholeBody = body.size() == 3 && body.has("timestamp") && body.has("eventId")
                    && body.path("interface").path("interfaceName").asText().equals("Mix_StreamV2");
            JsonNode para = paraBody ? body.get("para") : body.path("interface").path("para");
            if (!(paraBody || wholeBody) || !para.path("input_stream_list").isArray()) {
                problems.add("mix body is neither {para} nor a whole request: " + body);
                reply(exchange, 400, JSON.createObjectNode().put("error", "send {\"para\": {...}} or a whole request"));
                return;
            }
            mixBodies.add(body);
            reply(exchange, 200, JSON.createObjectNode().put("code", answerCode).put("message", answerMessage));
        }
    }

    /** The JSON body of a POST, or null after answering anything else. */
    private JsonNode body(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            problems.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            reply(exchange, 405, JSON.createObjectNode().put("error", "POST only"));
            return null;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            problems.add("Content-Type " + type);
        }
        try {
            return JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
            reply(exchange, 400, JSON.createObjectNode().put("error", "not JSON"));
            return null;
        }
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode answer) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
