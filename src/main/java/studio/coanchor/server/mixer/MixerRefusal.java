package studio.coanchor.server.mixer;

import studio.coanchor.mix.LayoutException;
import studio.coanchor.tencent.MixResultCode;

/** A mix request the mixer turns down, with the code Tencent's mixer answers for the same fault and why, in words. */
final class MixerRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;

    MixerRefusal(MixResultCode code, String message) {
        this(code.code(), message);
    }

    private MixerRefusal(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A broken layout rule, answered with the rule's Tencent code. */
    static MixerRefusal of(LayoutException broken) {
        return new MixerRefusal(broken.rule().tencentCode(), broken.getMessage());
    }

    int code() {
        return code;
    }
}
