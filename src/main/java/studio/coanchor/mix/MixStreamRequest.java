package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A whole Mix_StreamV2 request body, as POSTed to {@code common_access}: {@code timestamp}, {@code eventId} and
 * {@code interface}, field for field as in Tencent's Mix_StreamV2 guide.
 */
@JsonPropertyOrder({"timestamp", "eventId", "interface"})
public record MixStreamRequest(@JsonProperty(required = true) long timestamp,
                               @JsonProperty(value = "eventId", required = true) long eventId,
                               @JsonProperty(value = "interface", required = true) MixCall call) {

    public MixStreamRequest {
        if (call == null) {
            throw new IllegalArgumentException("interface is null: give interfaceName and para");
        }
    }

    public static MixStreamRequest of(MixPara para, long timestamp, long eventId) {
        return new MixStreamRequest(timestamp, eventId, new MixCall(MixCall.NAME, para));
    }

    /** A request sent at {@code now}: timestamp and event ID are its UNIX seconds, as Tencent asks. */
    public static MixStreamRequest at(MixPara para, Instant now) {
        return of(para, now.getEpochSecond(), now.getEpochSecond());
    }

    public MixPara para() {
        return call.para();
    }
}
