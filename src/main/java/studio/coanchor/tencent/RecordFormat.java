package studio.coanchor.tencent;

import java.util.Locale;

/** A cloud recording format requested on a push URL ({@code record=}). */
public enum RecordFormat {
    MP4, HLS, FLV;

    /** Whether the recording is cut into files of {@code record_interval} seconds (HLS is not). */
    boolean cutIntoFiles() {
        return this != HLS;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordFormat parse(String text) {
        for (RecordFormat format : values()) {
            if (format.parameter().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("record format '" + text + "' is not one of mp4, hls, flv");
    }
}
