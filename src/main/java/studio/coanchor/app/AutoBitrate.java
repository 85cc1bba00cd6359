package studio.coanchor.app;

import java.util.Optional;
import studio.coanchor.media.VideoSettings;

/**
 * Auto bitrate as asked for ({@code --auto-bitrate}, {@code --min-bitrate}, {@code --max-bitrate}): off keeps the
 * picture's bitrate constant; on lets the push move it within the picture's range, or within the range given. The
 * push starts at the picture's bitrate, brought inside that range.
 */
public record AutoBitrate(boolean on, Optional<Integer> minKbps, Optional<Integer> maxKbps) {
    public static final AutoBitrate OFF = new AutoBitrate(false, Optional.empty(), Optional.empty());

    private static final int LOWEST_KBPS = 100;
    private static final int HIGHEST_KBPS = 20_000;

    public AutoBitrate {
        if (!on && (minKbps.isPresent() || maxKbps.isPresent())) {
            String option = minKbps.isPresent() ? "--min-bitrate" : "--max-bitrate";
            throw new IllegalArgumentException("Option '" + option + "' only works with '--auto-bitrate': add"
                    + " --auto-bitrate, or use --bitrate KBPS for a constant bitrate");
        }
        minKbps.ifPresent(kbps -> checkRange("--min-bitrate", kbps));
        maxKbps.ifPresent(kbps -> checkRange("--max-bitrate", kbps));
        if (minKbps.isPresent() && maxKbps.isPresent() && minKbps.get() > maxKbps.get()) {
            throw PushRequest.invalid("--min-bitrate", minKbps.get(), "at most --max-bitrate ("
                    + maxKbps.get() + ")");
        }
    }

    private static void checkRange(String option, int kbps) {
        if (kbps < LOWEST_KBPS || kbps > HIGHEST_KBPS) {
            throw PushRequest.invalid(option, kbps, "kbps from " + LOWEST_KBPS + " to " + HIGHEST_KBPS);
        }
    }

    /** {@code picture} with this range; the start bitrate is moved inside it. */
    VideoSettings applyTo(VideoSettings picture) {
        int max = maxKbps.orElse(Math.max(picture.maxBitrateKbps(), minKbps.orElse(0)));
        int min = minKbps.orElse(Math.min(picture.minBitrateKbps(), max));
        int start = Math.max(min, Math.min(max, picture.bitrateKbps()));
        return new VideoSettings(picture.width(), picture.height(), picture.fps(), start, min, max,
                picture.gopFrames());
    }
}
