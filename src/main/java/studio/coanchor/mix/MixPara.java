package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The {@code para} of a Mix_StreamV2 request: start (or update) a mix with a list of inputs, end it by listing
 * only the primary, or cancel it. Building one checks its IDs and settings; {@link #toLayout} reads its inputs
 * back into a checked {@link Layout}.
 *
 * @param action {@code interface}: {@value #START} or {@value #CANCEL}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"app_id", "interface", "mix_stream_session_id", "output_stream_id", "output_stream_type",
        "output_stream_bitrate", "mix_stream_template_id", "input_stream_list"})
public record MixPara(@JsonProperty(required = true) long appId,
                      @JsonProperty(value = "interface", required = true) String action,
                      @JsonProperty(required = true) String mixStreamSessionId,
                      @JsonProperty(required = true) String outputStreamId,
                      Integer outputStreamType, Integer outputStreamBitrate, Integer mixStreamTemplateId,
                      List<MixInput> inputStreamList) {

    public static final String START = "mix_streamv2.start_mix_stream_advanced";
    public static final String CANCEL = "mix_streamv2.cancel_mix_stream";

    public MixPara {
        if (!START.equals(action) && !CANCEL.equals(action)) {
            throw new IllegalArgumentException("interface is '" + action + "': use " + START + " or " + CANCEL);
        }
        if (outputStreamType != null && outputStreamType != 0 && outputStreamType != 1) {
            throw new IllegalArgumentException("output_stream_type is " + outputStreamType
                    + ": use 0 (the output is the background input) or 1 (a new stream)");
        }
        if (START.equals(action) && (inputStreamList == null || inputStreamList.isEmpty())) {
            throw new IllegalArgumentException("input_stream_list is missing or empty: list the primary stream at least");
        }
        if (CANCEL.equals(action) && inputStreamList != null) {
            throw new IllegalArgumentException("a cancel request has no input_stream_list: leave it out");
        }
        if (inputStreamList != null) {
            if (inputStreamList.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("input_stream_list holds a null: list objects with input_stream_id"
                        + " and layout_params");
            }
            inputStreamList = List.copyOf(inputStreamList);
        }
        session(appId, mixStreamSessionId, outputStreamId, outputStreamType, outputStreamBitrate, mixStreamTemplateId);
    }

    /** Starts the mix, or changes its layout when it runs already; a layout of only layer 1 ends it. */
    public static MixPara start(Layout layout, MixSession session) {
        return new MixPara(session.appId(), START, session.sessionId(), session.outputStreamId(),
                session.outputType().map(OutputStreamType::code).orElse(null), boxed(session.bitrateKbps()),
                boxed(session.templateId()), layout.boxes().stream().map(MixInput::of).toList());
    }

    /** Ends the mix the Mix_StreamV2 way: a start request listing only the primary stream on layer 1. */
    public static MixPara end(MixSession session, String primaryStreamId) {
        MixSession.requireId("input_stream_id", primaryStreamId);
        return new MixPara(session.appId(), START, session.sessionId(), session.outputStreamId(), null, null, null,
                List.of(new MixInput(primaryStreamId, new MixLayoutParams(1, null, null, null, null, null, null), null)));
    }

    /** Cancels the session with {@value #CANCEL}. */
    public static MixPara cancel(MixSession session) {
        return new MixPara(session.appId(), CANCEL, session.sessionId(), session.outputStreamId(), null, null, null, null);
    }

    public boolean cancels() {
        return CANCEL.equals(action);
    }

    /** Whether this ends the mix: a cancel, or a start that lists only one input. */
    public boolean endsMix() {
        return cancels() || inputStreamList.size() == 1;
    }

    public MixSession session() {
        return session(appId, mixStreamSessionId, outputStreamId, outputStreamType, outputStreamBitrate,
                mixStreamTemplateId);
    }

    /**
     * The layout this request asks for. The picture size is a canvas's own; otherwise layer 1's stream is the
     * background and {@code primaryStreamSize} tells its size (Tencent learns it from the stream itself), or null
     * while it is not known.
     *
     * @throws LayoutException when the inputs break a rule, naming the box and the rule
     */
    public Layout toLayout(MixScheme scheme, Function<String, PictureSize> primaryStreamSize) {
        if (cancels()) {
            throw new IllegalArgumentException("a cancel request carries no layout");
        }
        MixInput primary = inputStreamList.stream().filter(input -> input.layer() == 1).findFirst()
                .orElseThrow(() -> new LayoutException(LayoutRule.PRIMARY_FILLS_PICTURE,
                        "no input is on layer 1: put the primary stream or a canvas on image_layer 1"));
        PictureSize picture;
        if (primary.layoutParams().type() == InputType.CANVAS) {
            picture = primary.statedSize();
            if (picture == null) {
                throw new LayoutException(LayoutRule.SIZE, Box.name(primary.inputStreamId(), 1)
                        + " is a canvas without image_width and image_height: give the canvas its size");
            }
        } else {
            picture = primaryStreamSize.apply(primary.inputStreamId());
            if (picture == null) {
                throw new IllegalArgumentException("the picture size of the primary stream '" + primary.inputStreamId()
                        + "' is not known yet: mix once it is pushing");
            }
        }
        return new Layout(picture, scheme, inputStreamList.stream().map(input -> input.toBox(picture)).toList());
    }

    private static MixSession session(long appId, String sessionId, String outputId, Integer type, Integer bitrate,
                                      Integer template) {
        return new MixSession(appId, sessionId, outputId,
                Optional.ofNullable(type).map(code -> OutputStreamType.values()[code]),
                bitrate == null ? OptionalInt.empty() : OptionalInt.of(bitrate),
                template == null ? OptionalInt.empty() : OptionalInt.of(template));
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
