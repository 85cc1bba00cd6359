package studio.coanchor.mix;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who mixes and into what: the LVB APPID, the mix session and the output stream, plus Tencent's optional output
 * settings. Tencent's Mix_StreamV2 guide advises the primary anchor's stream ID for both session and output.
 *
 * @param bitrateKbps {@code output_stream_bitrate}, 1 to 50000 as Tencent accepts
 * @param templateId  {@code mix_stream_template_id}, one of Tencent's layout templates
 */
public record MixSession(long appId, String sessionId, String outputStreamId, Optional<OutputStreamType> outputType,
                         OptionalInt bitrateKbps, OptionalInt templateId) {

    public MixSession {
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(bitrateKbps, "bitrateKbps");
        Objects.requireNonNull(templateId, "templateId");
        if (appId < 1) {
            throw new IllegalArgumentException("app_id " + appId + " is not an LVB APPID: give the positive number"
                    + " the Tencent Cloud console shows");
        }
        requireId("mix_stream_session_id", sessionId);
        requireId("output_stream_id", outputStreamId);
        bitrateKbps.ifPresent(kbps -> {
            if (kbps < 1 || kbps > 50_000) {
                throw new IllegalArgumentException("output_stream_bitrate " + kbps + " is not 1 to 50000 kbit/s");
            }
        });
        templateId.ifPresent(id -> {
            if (id < 1) {
                throw new IllegalArgumentException("mix_stream_template_id " + id + " is not a template: give a positive ID");
            }
        });
    }

    public static MixSession of(long appId, String sessionId, String outputStreamId) {
        return new MixSession(appId, sessionId, outputStreamId, Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** Session and output both named by the primary anchor's stream, as Tencent's guide advises. */
    public static MixSession ofPrimary(long appId, String primaryStreamId) {
        return of(appId, primaryStreamId, primaryStreamId);
    }

    public MixSession withOutputType(OutputStreamType type) {
        return new MixSession(appId, sessionId, outputStreamId, Optional.of(type), bitrateKbps, templateId);
    }

    public MixSession withBitrate(int kbps) {
        return new MixSession(appId, sessionId, outputStreamId, outputType, OptionalInt.of(kbps), templateId);
    }

    public MixSession withTemplate(int id) {
        return new MixSession(appId, sessionId, outputStreamId, outputType, bitrateKbps, OptionalInt.of(id));
    }

    static void requireId(String field, String id) {
        if (!StreamId.isValid(id)) {
            throw new IllegalArgumentException(field + " has " + StreamId.problem(id));
        }
    }
}
