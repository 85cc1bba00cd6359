package studio.coanchor.tencent;

import java.time.Instant;

/**
 * Tencent's timed signature, {@code sign} = lowercase hex MD5(key + t) with {@code t} the expiry in decimal Unix
 * seconds. The same scheme signs API calls (the API key, t = now + 60 s) and event callbacks (the callback key).
 */
public final class TimeSignature {
    private final String key;

    public TimeSignature(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the signing key is empty");
        }
        this.key = key;
    }

    public String sign(long t) {
        return Md5Hex.of(key + t);
    }

    /** Whether {@code sign} was made with this key for {@code t}, and whether {@code t} is still ahead of now. */
    public Check check(long t, String sign, Instant now) {
        if (sign == null || !Md5Hex.same(sign(t), sign)) {
            return Check.WRONG_SIGN;
        }
        return Instant.ofEpochSecond(t).isBefore(now) ? Check.EXPIRED : Check.VALID;
    }

    /** The outcome of {@link #check}, with words for a refusal. */
    public enum Check {
        VALID("the sign is valid"),
        WRONG_SIGN("the sign does not match this backend's key"),
        EXPIRED("the sign has expired (its t lies in the past)");

        private final String words;

        Check(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
