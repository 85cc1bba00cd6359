package studio.coanchor.linkmic;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The value rules every message field follows, with the wire name of the field in each complaint. */
final class Fields {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final int MAX_USER_NAME = 64;
    static final int MAX_REASON = 200;
    static final int MAX_ERROR_MESSAGE = 500;
    static final int MAX_URL = 1024;
    private static final int QUOTED = 40;

    private Fields() {
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    static <T> T required(String context, String field, T value) {
        if (value == null) {
            throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE, context + " needs " + field);
        }
        return value;
    }

    static void absent(String context, String field, Object value) {
        if (value != null) {
            throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE, field + " does not belong in a " + context);
        }
    }

    /** Null passes: presence is the type's business, checked with {@link #required}. */
    static void id(String field, String value) {
        if (value != null && !isId(value)) {
            throw invalid(field + " must be 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-', was " + quote(value));
        }
    }

    static List<String> ids(String field, List<String> values, int most) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > most) {
            throw invalid(field + " lists " + values.size() + " users; the most is " + most);
        }
        for (String value : values) {
            if (!isId(value)) {
                throw invalid(field + " must list user IDs (1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'), "
                        + "found " + quote(value));
            }
        }
        return List.copyOf(values);
    }

    static void text(String field, String value, int most) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            throw invalid(field + " must not be blank; leave it out instead");
        }
        if (value.codePointCount(0, value.length()) > most) {
            throw invalid(field + " must be at most " + most + " characters, was "
                    + value.codePointCount(0, value.length()));
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid(field + " must not contain control characters such as line breaks");
        }
    }

    /** The URL itself is never quoted back: a signed play URL carries its signature. */
    static void url(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_URL) {
            throw invalid(field + " must be at most " + MAX_URL + " characters, was " + value.length());
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean known = List.of("rtmp://", "rtmps://", "http://", "https://", "webrtc://", "trtc://").stream()
                .anyMatch(lower::startsWith);
        if (!known || value.chars().anyMatch(c -> c <= ' ')) {
            throw invalid(field + " must be an rtmp://, rtmps://, http(s)://, webrtc:// or trtc:// URL without spaces");
        }
    }

    static void timestamp(long millis) {
        if (millis <= 0) {
            throw invalid("timestamp must be a positive number of milliseconds since 1970-01-01 UTC, was " + millis);
        }
    }

    /** A client-supplied value, shortened, for a complaint. */
    static String quote(String value) {
        String shown = value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
        StringBuilder out = new StringBuilder("'");
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.append('\'').toString();
    }

    private static SignalFormatException invalid(String message) {
        return new SignalFormatException(SignalErrorCode.INVALID_FIELD, message);
    }
}
