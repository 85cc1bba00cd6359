package studio.coanchor.mix;

import java.util.regex.Pattern;

/** Stream and session IDs as the studio, the backend and Tencent's mixer all accept them: {@code [A-Za-z0-9_-]{1,64}}. */
public final class StreamId {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private StreamId() {
    }

    public static boolean isValid(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    /** What is wrong with an invalid ID, in words that fit after "has": {@code no stream ID}, {@code stream ID 'a b' ...}. */
    static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "no stream ID";
        }
        String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
        return "stream ID '" + shown + "' (" + id.length() + " characters), not 1 to 64 letters, digits, '_' or '-'";
    }
}
