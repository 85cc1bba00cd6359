package studio.coanchor.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;

/**
 * {@code POST /api/mix}: a room owner's Mix_StreamV2 request (or a layout, made into one), checked, completed, signed with the API key and
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
        JsonFields body = RequestBody.json(ctx);
        if (body.node().has("boxes")) {
            body = paraOfLayout(body, ownStream);
        }
        ObjectNode request = MixRequest.complete(body, config.tencent().appId(),
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

    /** A layout as the studio saves it becomes the start request of the owner's own mix session. */
    private JsonFields paraOfLayout(JsonFields body, String ownStream) {
        MixPara para;
        try {
            Layout layout = LayoutFile.fromJson(body.node().toString(), "the layout");
            para = MixPara.start(layout, MixSession.ofPrimary(config.tencent().appId(), ownStream));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        String what = "the layout's request";
        return JsonFields.of(StrictJson.parse(MixJson.compactParaBody(para).getBytes(StandardCharsets.UTF_8), what),
                what);
    }
}
