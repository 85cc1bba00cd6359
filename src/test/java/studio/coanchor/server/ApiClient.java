package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP client of the backend's API that keeps every response body it saw. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Threads of the test's own client carry this prefix, so checks for threads the backend left can skip them. */
    static final String THREAD_PREFIX = "test-api-client-";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, THREAD_PREFIX + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    private final String base;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    List<String> bodies() {
        return bodies;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String body, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    String login(String userId, String password) {
        Reply reply = post("/api/login", "{\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().get("token").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json, response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("the backend did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
