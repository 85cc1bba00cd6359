package studio.coanchor.tencent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Cloud recording asked for on a push URL: {@code record=mp4|hls|flv} (any combination),
 * {@code record_interval} seconds per file (MP4 and FLV only; at most 7200, Tencent's default 1800) and
 * {@code record_type=audio} for sound only.
 */
public record Recording(Set<RecordFormat> formats, OptionalInt intervalSeconds, boolean audioOnly) {
    public static final int DEFAULT_INTERVAL_SECONDS = 1800;
    public static final int MIN_INTERVAL_SECONDS = 60;
    public static final int MAX_INTERVAL_SECONDS = 7200;
    public static final Recording NONE = new Recording(Set.of(), OptionalInt.empty(), false);

    public Recording {
        formats = formats.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (formats.isEmpty() && (intervalSeconds.isPresent() || audioOnly)) {
            throw new IllegalArgumentException("a record interval or audio-only recording needs a record format"
                    + " (mp4, hls or flv)");
        }
        if (intervalSeconds.isPresent()) {
            int interval = intervalSeconds.getAsInt();
            if (interval < MIN_INTERVAL_SECONDS || interval > MAX_INTERVAL_SECONDS) {
                throw new IllegalArgumentException("record interval " + interval + " s is out of range; use "
                        + MIN_INTERVAL_SECONDS + " to " + MAX_INTERVAL_SECONDS + " seconds (default "
                        + DEFAULT_INTERVAL_SECONDS + ")");
            }
            if (formats.stream().noneMatch(RecordFormat::cutIntoFiles)) {
                throw new IllegalArgumentException("a record interval applies to mp4 and flv recordings only;"
                        + " drop it or record mp4 or flv as well");
            }
        }
    }

    /** Reads {@code mp4|hls} (also comma-separated); a null or blank text means no recording. */
    public static Recording parse(String formats, Integer intervalSeconds, boolean audioOnly) {
        Set<RecordFormat> parsed = EnumSet.noneOf(RecordFormat.class);
        if (formats != null && !formats.isBlank()) {
            for (String part : formats.split("[|,]")) {
                parsed.add(RecordFormat.parse(part));
            }
        }
        return new Recording(parsed, intervalSeconds == null ? OptionalInt.empty() : OptionalInt.of(intervalSeconds),
                audioOnly);
    }

    /** The push URL's query parameters, {@code |} written as {@code %7C} so the URL stays a valid URI. */
    List<String> queryParameters() {
        List<String> parameters = new ArrayList<>();
        if (!formats.isEmpty()) {
            parameters.add("record=" + String.join("%7C", formats.stream().map(RecordFormat::parameter).toList()));
        }
        intervalSeconds.ifPresent(interval -> parameters.add("record_interval=" + interval));
        if (audioOnly) {
            parameters.add("record_type=audio");
        }
        return parameters;
    }
}
