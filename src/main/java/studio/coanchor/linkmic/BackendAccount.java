package studio.coanchor.linkmic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import studio.coanchor.mix.LoginToken;
import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixClient;
import studio.coanchor.mix.MixPara;

/**
 * An anchor signed in to the backend: logs in with a password for a bearer token, then asks for its signed URLs,
 * the signaling address, and (as a room's owner) for mixes. The token is never shown: not by {@code toString}, not in an exception message.
 */
public final class BackendAccount {
    private static final JsonMapper JSON = new JsonMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final URI base;
    private final String userId;
    private final LoginToken login;
    private final MixClient mixes;

    private BackendAccount(HttpClient http, URI base, String userId, LoginToken login, MixClient mixes) {
        this.http = http;
        this.base = base;
        this.userId = userId;
        this.login = login;
        this.mixes = mixes;
    }

    /** Logs {@code userId} in at {@code backend} (e.g. {@code http://127.0.0.1:8090}). */
    public static BackendAccount login(URI backend, String userId, String password) throws BackendException {
        URI base = baseOf(backend);
        MixClient mixes = new MixClient(base);
        try {
            return new BackendAccount(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), base, userId,
                    mixes.login(userId, password), mixes);
        } catch (IOException e) {
            throw new BackendException("could not log in as " + userId + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while logging in as " + userId, e);
        }
    }

    public String userId() {
        return userId;
    }

    public URI backend() {
        return base;
    }

    public Instant expiresAt() {
        return login.expiresAt();
    }

    /** Sends a mix request through the backend, which signs it with the API key only it holds. */
    public MixAnswer mix(MixPara para) throws BackendException {
        try {
            return mixes.send(login, para);
        } catch (IOException e) {
            throw new BackendException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while sending a mix request", e);
        }
    }

    /** This anchor's signed push URL, its low-latency play URL and those of the anchors it is linked with. */
    public StreamGrant streams() throws BackendException {
        JsonNode answer = post(http, base.resolve("/api/urls"), "Bearer " + login.token(), "get signed URLs");
        List<StreamGrant.LinkedStream> linked = new ArrayList<>();
        for (JsonNode stream : answer.path("linked")) {
            linked.add(new StreamGrant.LinkedStream(stream.path("userId").asText(), stream.path("streamId").asText(),
                    stream.path("acc").asText()));
        }
        return new StreamGrant(answer.path("userId").asText(), answer.path("streamId").asText(),
                answer.path("appId").asLong(),
                answer.path("push").asText(), answer.path("play").path("acc").asText(), linked);
    }

    /** The WebSocket address of the co-anchor signaling, with this account's token. */
    public URI signalingUri() {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + "/ws?token="
                + URLEncoder.encode(login.token(), StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BackendAccount[" + userId + "@" + base + "]";
    }

    private static URI baseOf(URI backend) throws BackendException {
        String scheme = backend.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || backend.getRawAuthority() == null) {
            throw new BackendException("the backend address must be http://HOST:PORT or https://HOST:PORT, was "
                    + backend.getScheme() + "://" + backend.getRawAuthority());
        }
        return URI.create(scheme + "://" + backend.getRawAuthority());
    }

    private static JsonNode post(HttpClient http, URI uri, String authorization, String purpose)
            throws BackendException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new BackendException("the backend at " + uri.getRawAuthority() + " did not answer within "
                    + TIMEOUT.toSeconds() + " s when asked to " + purpose, e);
        } catch (ConnectException e) {
            throw new BackendException("cannot reach the backend at " + uri.getRawAuthority()
                    + " to " + purpose + ": is it running and is the address right?", e);
        } catch (IOException e) {
            throw new BackendException("talking to the backend at " + uri.getRawAuthority() + " failed when asked to "
                    + purpose + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while asking the backend to " + purpose, e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String reason = answer.path("error").asText("HTTP " + response.statusCode());
            throw new BackendException("the backend refused to " + purpose + ": " + reason);
        }
        return answer;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
