package studio.coanchor.ui.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import studio.coanchor.media.EventCode;

/**
 * One line of the event log: an engine event with its Tencent code, or a note from the studio itself (no code).
 *
 * @param origin what reported it: {@code source}, {@code push}, {@code record}, {@code studio}, or a co-anchor's name
 */
public record LogEntry(long epochMillis, String origin, EventCode code, String message) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public String time() {
        return CLOCK.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }

    /** The numeric code, or nothing for a note. */
    public String codeText() {
        return code == null ? "" : Integer.toString(code.code());
    }

    /** Tencent's name for the code, or nothing for a note. */
    public String name() {
        return code == null ? "" : code.name();
    }

    /** The whole entry on one line, as it is copied out of the log. */
    public String line() {
        return time() + "  " + origin + "  " + (code == null ? "" : codeText() + " " + name() + "  ") + message;
    }
}
