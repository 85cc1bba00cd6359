package studio.coanchor.tencent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The codes a Mix_StreamV2 call answers with, in words. Some say the backend's picture of the streams is not
 * ready yet (an input has only just started): those are worth retrying. The others reject the request itself,
 * and the same request would be rejected again.
 */
public enum MixResultCode {
    SUCCESS(0, "mixing as asked", false),
    BAD_REQUEST(-1, "the request is not valid JSON, or its input list is empty", false),
    PICTURE_OVERFLOW(-2, "an input's picture overflows the background", false),
    STREAM_COUNT(-3, "the number of input streams is out of range", false),
    BAD_STREAM_PARAMETERS(-4, "an input stream's parameters are wrong", false),
    LAYER_ERROR(-11, "the image layers are wrong (missing, repeated or out of range)", false),
    TOO_FEW_INPUTS(-21, "fewer than 2 inputs, or a box lies outside the background", false),
    BACKGROUND_SIZE_UNKNOWN(-28, "the background's size is not known yet", true),
    OUTPUT_TAKEN(-300, "the output stream ID is used by another mix", false),
    INPUT_NOT_FOUND(-505, "an input stream was not found (it may not have started pushing yet)", true),
    BACKGROUND_NOT_READY(-507, "the background's size is not known yet", true),
    SESSION_HAS_OTHER_OUTPUT(-508, "this mix session already writes to another output stream", false),
    /** The studio's self-hosted mixer's own code: Tencent's guide names none for a refused sign. */
    SIGN_MISMATCH(-1001, "the mixer refused the call: its appid or sign does not match the mixer's account", false),
    /** The studio's self-hosted mixer's own code, for a sign whose {@code t} has passed. */
    SIGN_EXPIRED(-1002, "the mixer refused the call: its t has passed (check the clocks)", false);

    private final int code;
    private final String words;
    private final boolean worthRetrying;

    MixResultCode(int code, String words, boolean worthRetrying) {
        this.code = code;
        this.words = words;
        this.worthRetrying = worthRetrying;
    }

    public int code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static Optional<MixResultCode> of(int code) {
        return Arrays.stream(values()).filter(known -> known.code == code).findFirst();
    }

    /** Words for any code, known or not. */
    public static String describe(int code) {
        return of(code).map(MixResultCode::words).orElse("the mix service failed with code " + code);
    }

    /**
     * Whether a call that answered {@code code} may succeed when repeated: success is final, known rejections of
     * the request are final, and anything else (including codes not listed here) is retried.
     */
    public static boolean worthRetrying(int code) {
        return of(code).map(known -> known.worthRetrying).orElse(true);
    }
}
