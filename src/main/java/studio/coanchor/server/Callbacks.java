package studio.coanchor.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.tencent.TimeSignature;

/**
 * {@code POST /callback/tencent}: Tencent's event notices, accepted only with a valid sign (MD5 of the callback
 * key and {@code t}) whose {@code t} has not passed. Stream begin (1) and end (0) and recording files (100) are
 * kept in {@link StreamActivity}; other events are acknowledged and ignored. Answers {@code {"code":0}}.
 */
final class Callbacks {
    private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);
    static final int STREAM_END = 0;
    static final int STREAM_BEGIN = 1;
    static final int RECORDING_FILE = 100;
    private static final long MAX = 1L << 53;

    private final Optional<TimeSignature> sign;
    private final StreamActivity activity;
    private final Clock clock;

    Callbacks(Optional<TimeSignature> sign, StreamActivity activity, Clock clock) {
        this.sign = sign;
        this.activity = activity;
        this.clock = clock;
    }

    void receive(Context ctx) {
        TimeSignature key = sign.orElseThrow(() -> new ApiError(503, "callbacks are off: the backend has no"
                + " tencent.callbackKey"));
        JsonFields event = RequestBody.json(ctx);
        long t = event.number("t", 0, MAX);
        TimeSignature.Check check = key.check(t, event.text("sign", 64), clock.instant());
        if (check != TimeSignature.Check.VALID) {
            LOG.warn("callback refused: {}", check.words());
            throw new ApiError(403, "callback refused: " + check.words());
        }
        int type = (int) event.number("event_type", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Instant at = Instant.ofEpochSecond(event.optionalNumber("event_time", 0, MAX).orElse(clock.instant()
                .getEpochSecond()));
        switch (type) {
            case STREAM_BEGIN -> {
                String stream = event.id("stream_id");
                activity.began(stream, at);
                LOG.info("stream {} began", stream);
            }
            case STREAM_END -> {
                String stream = event.id("stream_id");
                activity.ended(stream, at);
                LOG.info("stream {} ended", stream);
            }
            case RECORDING_FILE -> {
                String stream = event.id("stream_id");
                activity.recorded(stream, recordedFile(event));
                LOG.info("stream {} recorded a file", stream);
            }
            default -> LOG.debug("callback event type {} acknowledged and ignored", type);
        }
        ctx.json(Map.of("code", 0));
    }

    private static StreamActivity.RecordedFile recordedFile(JsonFields event) {
        return new StreamActivity.RecordedFile(event.text("video_url"), event.optionalText("file_format").orElse(""),
                count(event, "start_time"), count(event, "end_time"), count(event, "file_size"),
                count(event, "duration"));
    }

    private static long count(JsonFields event, String key) {
        return event.optionalNumber(key, 0, MAX).orElse(0);
    }
}
