package studio.coanchor.app;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.coanchor.media.VideoSettings;

/**
 * A custom picture on top of a quality preset ({@code --size}, {@code --fps}, {@code --bitrate}): what is not
 * given stays as the preset has it, and the key frame interval keeps the preset's length in seconds.
 */
public record PictureOverride(Optional<String> size, Optional<Integer> fps, Optional<Integer> bitrateKbps) {
    public static final PictureOverride NONE = new PictureOverride(Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern SIZE = Pattern.compile("(\\d{2,4})x(\\d{2,4})");

    public PictureOverride {
        size.ifPresent(PictureOverride::dimensions);
        fps.filter(value -> value < 1 || value > 60).ifPresent(value -> {
            throw PushRequest.invalid("--fps", value, "a whole number from 1 to 60");
        });
        bitrateKbps.filter(value -> value < 100 || value > 20_000).ifPresent(value -> {
            throw PushRequest.invalid("--bitrate", value, "kbps from 100 to 20000");
        });
    }

    VideoSettings applyTo(VideoSettings preset) {
        int[] wh = size.map(PictureOverride::dimensions).orElse(new int[] {preset.width(), preset.height()});
        int rate = fps.orElse(preset.fps());
        int gop = Math.max(1, Math.round(preset.gopFrames() * (float) rate / preset.fps()));
        int kbps = bitrateKbps.orElse(preset.bitrateKbps());
        int min = bitrateKbps.isPresent() ? kbps / 2 : preset.minBitrateKbps();
        int max = bitrateKbps.isPresent() ? kbps : preset.maxBitrateKbps();
        return new VideoSettings(wh[0], wh[1], rate, kbps, min, max, gop);
    }

    private static int[] dimensions(String value) {
        Matcher matcher = SIZE.matcher(value);
        if (matcher.matches()) {
            int width = Integer.parseInt(matcher.group(1));
            int height = Integer.parseInt(matcher.group(2));
            if (width % 2 == 0 && height % 2 == 0 && width >= 16 && height >= 16 && width <= 4096 && height <= 4096) {
                return new int[] {width, height};
            }
        }
        throw PushRequest.invalid("--size", value, "WIDTHxHEIGHT with even numbers from 16 to 4096, e.g. 1280x720");
    }
}
