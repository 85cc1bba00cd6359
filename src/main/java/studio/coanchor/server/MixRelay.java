package studio.coanchor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.MixResultCode;
import studio.coanchor.tencent.TimeSignature;

/**
 * Sends a Mix_StreamV2 request to the mix endpoint, signed afresh for every attempt, and repeats it while the
 * answer is worth retrying (an input not known yet, the endpoint unreachable) as the {@link MixRetry} allows.
 * Answers are handled and waits happen on the scheduler's named threads, never on a request thread. Logs name the
 * endpoint's host only: the query carries the sign.
 */
final class MixRelay {
    private static final Logger LOG = LoggerFactory.getLogger(MixRelay.class);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final long appId;
    private final TimeSignature apiSign;
    private final MixRetry retry;
    private final Clock clock;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;

    MixRelay(URI endpoint, long appId, TimeSignature apiSign, MixRetry retry, Clock clock, HttpClient client,
             ScheduledExecutorService scheduler) {
        this.endpoint = endpoint;
        this.appId = appId;
        this.apiSign = apiSign;
        this.retry = retry;
        this.clock = clock;
        this.client = client;
        this.scheduler = scheduler;
    }

    /** Completes with the final answer, or fails with an {@link ApiError} when no usable answer came. */
    CompletableFuture<MixOutcome> send(ObjectNode request, String room) {
        byte[] body;
        try {
            body = StrictJson.MAPPER.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attempt(body, room, 1);
    }

    private CompletableFuture<MixOutcome> attempt(byte[] body, String room, int attempt) {
        URI signed = CommonAccessQuery.signed(appId, CommonAccessQuery.MIX_STREAM_V2, apiSign, clock.instant())
                .on(endpoint);
        HttpRequest request = HttpRequest.newBuilder(signed)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handleAsync(Answer::of, scheduler)
                .thenCompose(answer -> {
                    if (!answer.worthRetrying() || attempt > retry.maxRetries()) {
                        return finish(answer, room, attempt);
                    }
                    LOG.info("mix of room {}: attempt {} {}; trying again in {} ms", room, attempt, answer.summary(),
                            retry.interval().toMillis());
                    return later(() -> attempt(body, room, attempt + 1));
                });
    }

    private CompletableFuture<MixOutcome> finish(Answer answer, String room, int attempts) {
        if (answer.failure() != null) {
            LOG.warn("mix of room {} failed after {} attempt(s): {}", room, attempts, answer.failure());
            return CompletableFuture.failedFuture(new ApiError(502, "the mix endpoint " + endpoint.getHost() + " "
                    + answer.failure() + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")"));
        }
        LOG.info("mix of room {}: {} after {} attempt(s)", room, answer.summary(), attempts);
        return CompletableFuture.completedFuture(new MixOutcome(answer.code(), MixResultCode.describe(answer.code()),
                attempts, answer.serviceMessage()));
    }

    private <T> CompletableFuture<T> later(java.util.function.Supplier<CompletableFuture<T>> next) {
        CompletableFuture<Void> delay = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> delay.complete(null), retry.interval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new ApiError(503, "the backend is stopping"));
        }
        return delay.thenCompose(ignored -> next.get());
    }

    /** One call's result: a code from the service, or a failure in words. */
    private record Answer(int code, String serviceMessage, String failure, boolean worthRetrying) {
        static Answer of(HttpResponse<String> response, Throwable error) {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                return new Answer(0, "", "could not be reached (" + cause.getClass().getSimpleName() + ")", true);
            }
            if (response.statusCode() / 100 != 2) {
                return new Answer(0, "", "answered HTTP " + response.statusCode(), true);
            }
            try {
                JsonNode json = StrictJson.MAPPER.readTree(response.body());
                JsonNode code = json == null ? null : json.get("code");
                if (code == null || !code.canConvertToInt()) {
                    return new Answer(0, "", "answered without a code", false);
                }
                return new Answer(code.asInt(), json.path("message").asText(""), null,
                        MixResultCode.worthRetrying(code.asInt()));
            } catch (JsonProcessingException e) {
                return new Answer(0, "", "answered something other than JSON", false);
            }
        }

        String summary() {
            return failure != null ? failure : "answered " + code + " (" + MixResultCode.describe(code) + ")";
        }
    }
}
