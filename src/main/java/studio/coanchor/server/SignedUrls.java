package studio.coanchor.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import studio.coanchor.tencent.HotlinkSigner;
import studio.coanchor.tencent.PlayUrls;
import studio.coanchor.tencent.Recording;
import studio.coanchor.tencent.StreamAddress;
import studio.coanchor.tencent.TxTime;

/**
 * {@code POST /api/urls}: the caller's signed push URL (for its own stream only), its play URLs, and the
 * low-latency play URLs of the anchors it is linked with. An optional body asks for cloud recording:
 * {@code {"record": "mp4|hls", "recordInterval": 1800, "recordAudioOnly": false}}.
 */
final class SignedUrls {
    private final BackendConfig config;
    private final RoomDirectory rooms;
    private final Clock clock;
    private final HotlinkSigner pushSigner;
    private final HotlinkSigner playSigner;

    SignedUrls(BackendConfig config, RoomDirectory rooms, Clock clock) {
        this.config = config;
        this.rooms = rooms;
        this.clock = clock;
        this.pushSigner = new HotlinkSigner(config.tencent().pushKey().value());
        this.playSigner = new HotlinkSigner(config.tencent().playKey().value());
    }

    void urls(Context ctx, String userId) {
        JsonFields body = RequestBody.jsonOrEmpty(ctx).allowOnly(Set.of("record", "recordInterval", "recordAudioOnly"));
        OptionalLong interval = body.optionalNumber("recordInterval", 0, Integer.MAX_VALUE);
        String formats = body.optionalText("record").orElse(null);
        boolean audioOnly = body.flag("recordAudioOnly", false);
        Recording recording;
        try {
            recording = Recording.parse(formats, interval.isPresent() ? (int) interval.getAsLong() : null, audioOnly);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        BackendConfig.Tencent tencent = config.tencent();
        TxTime txTime = TxTime.at(clock.instant().plus(tencent.urlLifetime()));
        String streamId = config.streamOf(userId);
        List<LinkedStream> linked = rooms.linkedWith(userId).stream().sorted()
                .map(other -> new LinkedStream(other, config.streamOf(other),
                        play(config.streamOf(other), txTime).acc()))
                .toList();
        ctx.json(new Answer(userId, streamId, tencent.appId(), txTime.hex(), txTime.expiresAt().toString(),
                pushSigner.push(new StreamAddress(tencent.pushDomain(), tencent.app(), streamId), txTime, recording),
                play(streamId, txTime), linked));
    }

    private PlayUrls play(String streamId, TxTime txTime) {
        BackendConfig.Tencent tencent = config.tencent();
        return playSigner.play(new StreamAddress(tencent.playDomain(), tencent.app(), streamId), txTime,
                tencent.bizId());
    }

    /** The answer's JSON shape. */
    record Answer(String userId, String streamId, long appId, String txTime, String expiresAt, String push, PlayUrls play,
                  List<LinkedStream> linked) {
    }

    /** A co-anchor's stream, with the low-latency URL to play it by. */
    record LinkedStream(String userId, String streamId, String acc) {
    }
}
