package studio.coanchor.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * {@code POST /api/mix}: a room owner's Mix_StreamV2 request, checked, completed, signed with the API key and
 * relayed to the mix endpoint. Answers {@code {code, message, attempts, serviceMessage}}.
 */
final class Mixes {
    private final BackendConfig config;
    private final RoomDirectory rooms;
    private final Clock clock;
    private final Optional<MixRelay> relay;

    Mixes(BackendConfig config, RoomDirectory rooms, Clock clock, Optional<MixRelay> relay) {
        this.config = config;
        this.rooms = rooms;
        this.clock = clock;
        this.relay = relay;
    }

    void mix(Context ctx, String userId) {
        MixRelay mixer = relay.orElseThrow(() -> new ApiError(503, "mixing is off: the backend has no"
                + " tencent.apiKey"));
        String ownStream = config.streamOf(userId);
        Set<String> linked = rooms.linkedWith(userId).stream().map(config::streamOf).collect(Collectors.toSet());
        Set<String> others = config.users().stream().map(BackendConfig.User::streamId)
                .filter(stream -> !stream.equals(ownStream)).collect(Collectors.toSet());
        ObjectNode request = MixRequest.complete(RequestBody.json(ctx), config.tencent().appId(),
                new MixRights(ownStream, linked, others), clock.instant());
        ctx.future(() -> mixer.send(request, userId).handle((outcome, failure) -> {
            if (failure == null) {
                ctx.json(outcome);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                (cause instanceof ApiError error ? error : new ApiError(500, "the mix request failed"))
                        .answer(ctx);
            }
            return null;
        }));
    }
}
