package studio.coanchor.tencent;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hotlink URL's expiry, {@code txTime}: Unix seconds written in uppercase hex. The signature covers the exact
 * text in the URL, so this type always writes uppercase; it reads either case.
 */
public record TxTime(long epochSecond) {
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,8}");
    private static final Pattern IN_QUERY = Pattern.compile("[?&]txTime=([^&#]*)");

    public TxTime {
        if (epochSecond < 0 || epochSecond > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("txTime must lie between 1970 and 2106, was " + epochSecond + " s");
        }
    }

    public static TxTime at(Instant expiry) {
        return new TxTime(expiry.getEpochSecond());
    }

    /** Reads {@code 5C271099}; throws with a message naming the value when it is not 1 to 8 hex digits. */
    public static TxTime parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("txTime '" + hex + "' is not Unix seconds in hex (1 to 8 hex digits,"
                    + " such as 5C271099)");
        }
        return new TxTime(Long.parseLong(hex, 16));
    }

    /** The txTime a URL carries, if it carries one that can be read. */
    public static Optional<TxTime> inUrl(String url) {
        Matcher matcher = IN_QUERY.matcher(url);
        if (!matcher.find() || !HEX.matcher(matcher.group(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(parse(matcher.group(1)));
    }

    public String hex() {
        return Long.toHexString(epochSecond).toUpperCase(Locale.ROOT);
    }

    public Instant expiresAt() {
        return Instant.ofEpochSecond(epochSecond);
    }
}
