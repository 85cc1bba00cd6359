package studio.coanchor.mix;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Sends mix requests through the studio's backend, which holds the API key: {@code POST /api/login} with a user
 * and password for a bearer token, then {@code POST /api/mix} with {@code {"para": {...}}} or a whole request
 * body. The backend answers Tencent's {@code {code, message}} (HTTP 200 even for a non-zero code) and refuses
 * with HTTP 400, 401 or 403 and {@code {"error": "..."}}. Neither password nor token appears in a message.
 */
public final class MixClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The backend retries Tencent every 2 s up to 5 times before it answers, so allow for that and more. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** Epoch numbers at or above this are milliseconds, below it seconds (10^11 s is the year 5138). */
    private static final long FIRST_EPOCH_MILLI = 100_000_000_000L;

    private final URI backend;
    private final HttpClient http;

    /** @param backend the backend's base URL, {@code http[s]://host[:port][/path]} */
    public MixClient(URI backend) {
        this.backend = checked(backend);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Logs in; a refused login is an {@link IOException} with the backend's reason. */
    public LoginToken login(String userId, String password) throws IOException, InterruptedException {
        JsonNode answer = post("/api/login", StrictJson.compact(Map.of("userId", userId, "password", password)), null,
                "the login of '" + userId + "'");
        JsonNode token = answer.get("token");
        if (token == null || !token.isTextual() || token.asText().isEmpty()) {
            throw new IOException("the backend at " + backend + " answered the login without a token");
        }
        return new LoginToken(token.asText(), expiry(answer.get("expiresAt")));
    }

    /** Sends {@code {"para": para}}; the backend adds timestamp and event ID, signs and forwards it. */
    public MixAnswer send(LoginToken login, MixPara para) throws IOException, InterruptedException {
        return answer(post("/api/mix", MixJson.compactParaBody(para), login, "the mix request"));
    }

    /** Sends a whole request body. */
    public MixAnswer send(LoginToken login, MixStreamRequest request) throws IOException, InterruptedException {
        return answer(post("/api/mix", MixJson.compact(request), login, "the mix request"));
    }

    private JsonNode post(String path, String body, LoginToken login, String what)
            throws IOException, InterruptedException {
        URI target = backend.resolve(backend.getPath().replaceAll("/+$", "") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (login != null) {
            request.header("Authorization", "Bearer " + login.token());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new IOException("cannot reach the backend at " + backend + ": no answer within "
                    + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new IOException("cannot reach the backend at " + backend + ": "
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()), e);
        } catch (HttpTimeoutException e) {
            throw new IOException("the backend at " + backend + " did not answer " + what + " within "
                    + ANSWER_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new IOException("the backend at " + backend + " broke off " + what + ": " + reason(e), e);
        }
        JsonNode answer = json(response.body());
        int status = response.statusCode();
        if (status != 200) {
            JsonNode error = answer == null ? null : answer.get("error");
            String why = error != null && error.isTextual() ? ": " + error.asText() : " without saying why";
            if (status == 404) {
                throw new IOException("the backend at " + backend + " has no POST " + path + " (HTTP 404): is it the"
                        + " studio's backend?");
            }
            if (status == 400 || status == 401 || status == 403) {
                throw new IOException("the backend refused " + what + " (HTTP " + status + ")" + why);
            }
            throw new IOException("the backend at " + backend + " answered " + what + " with HTTP " + status + why);
        }
        if (answer == null || !answer.isObject()) {
            throw new IOException("the backend at " + backend + " answered " + what + " with something other than"
                    + " a JSON object");
        }
        return answer;
    }

    private MixAnswer answer(JsonNode answer) throws IOException {
        JsonNode code = answer.get("code");
        if (code == null || !code.canConvertToInt() || !code.isIntegralNumber()) {
            throw new IOException("the backend's answer to the mix request has no whole-number code");
        }
        JsonNode message = answer.get("message");
        return new MixAnswer(code.asInt(), message == null || message.isNull() ? "" : message.asText());
    }

    /** An ISO-8601 instant, or a UNIX time in seconds or milliseconds. */
    private Instant expiry(JsonNode value) throws IOException {
        if (value != null && value.isIntegralNumber()) {
            long number = value.asLong();
            return number >= FIRST_EPOCH_MILLI ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        if (value != null && value.isTextual()) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw new IOException("the backend's login answer has expiresAt '" + value.asText()
                        + "', not an instant such as 2030-01-01T00:00:00Z", e);
            }
        }
        throw new IOException("the backend's login answer has no expiresAt");
    }

    private static JsonNode json(String body) {
        try {
            return StrictJson.tree(body, "the backend's answer");
        } catch (MixFormatException e) {
            return null;
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static URI checked(URI backend) {
        String scheme = backend.getScheme() == null ? "" : backend.getScheme().toLowerCase(Locale.ROOT);
        String shown = scheme + "://" + (backend.getHost() == null ? "" : backend.getHost())
                + (backend.getPort() < 0 ? "" : ":" + backend.getPort()) + (backend.getPath() == null ? "" : backend.getPath());
        if (!scheme.equals("http") && !scheme.equals("https") || backend.getHost() == null) {
            throw new IllegalArgumentException("backend URL '" + shown + "' is not http[s]://host[:port][/path]");
        }
        if (backend.getRawQuery() != null || backend.getRawFragment() != null || backend.getRawUserInfo() != null) {
            throw new IllegalArgumentException("backend URL '" + shown
                    + "' should have no user, query or fragment: give http[s]://host[:port][/path]");
        }
        try {
            return new URI(scheme, null, backend.getHost(), backend.getPort(), backend.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("backend URL '" + shown + "' is not http[s]://host[:port][/path]", e);
        }
    }
}
