package studio.coanchor.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.DelayPolicy;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.PlayUrl;

/**
 * One headless play as the user asked for it, checked: building one with a bad value fails with a message that
 * names the option, the value and what is accepted (never the URL's signature).
 *
 * @param mode     {@code acc}, {@code speedy}, {@code auto} or {@code smooth}, lower case
 * @param minCache AUTO's minimum cache, when given
 * @param maxCache AUTO's maximum cache, when given
 * @param duration how long to play; empty means until the stream ends or Ctrl+C
 * @param snapshot a PNG file to save the last picture to
 * @param latency  print the latency distribution at the end
 * @param noAudio  do not play the sound (it still times the pictures)
 */
public record PlayRequest(String url, String mode, Optional<Duration> minCache, Optional<Duration> maxCache,
                          Optional<Duration> duration, Optional<Path> snapshot, boolean latency, boolean noAudio) {

    private static final List<String> MODES = Arrays.stream(DelayMode.values())
            .map(mode -> mode.name().toLowerCase(Locale.ROOT)).toList();

    public PlayRequest {
        try {
            PlayUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value for positional parameter 'URL': " + e.getMessage());
        }
        String normalised = mode.toLowerCase(Locale.ROOT);
        if (!MODES.contains(normalised)) {
            throw PushRequest.invalid("--mode", mode, String.join(", ", MODES));
        }
        mode = normalised;
        if ((minCache.isPresent() || maxCache.isPresent()) && !mode.equals("auto")) {
            throw new IllegalArgumentException("--min-cache and --max-cache set the AUTO mode's limits; add --mode auto"
                    + " (" + mode + " has fixed ones)");
        }
        minCache.ifPresent(value -> checkCache("--min-cache", value));
        maxCache.ifPresent(value -> checkCache("--max-cache", value));
        policyOf(mode, minCache, maxCache);
        duration.ifPresent(value -> {
            if (value.isZero() || value.isNegative()) {
                throw PushRequest.invalid("--duration", PushRequest.spoken(value), "a length above zero such as 30s or 2m");
            }
        });
        snapshot.ifPresent(PlayRequest::checkSnapshot);
    }

    /** The player's options for this request. */
    public PlayOptions options() {
        return PlayOptions.of(url, DelayMode.valueOf(mode.toUpperCase(Locale.ROOT)))
                .withDelay(policyOf(mode, minCache, maxCache)).withSpeaker(!noAudio);
    }

    private static DelayPolicy policyOf(String mode, Optional<Duration> min, Optional<Duration> max) {
        DelayMode delayMode = DelayMode.valueOf(mode.toUpperCase(Locale.ROOT));
        DelayPolicy defaults = DelayPolicy.of(delayMode);
        if (delayMode != DelayMode.AUTO) {
            return defaults;
        }
        Duration low = min.orElse(defaults.minCache());
        Duration high = max.orElse(defaults.maxCache());
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("--min-cache (" + low.toMillis() + " ms) must not exceed --max-cache ("
                    + high.toMillis() + " ms)");
        }
        return DelayPolicy.auto(low, high);
    }

    private static void checkCache(String option, Duration value) {
        if (value.compareTo(DelayPolicy.SHORTEST_AUTO_CACHE) < 0 || value.compareTo(DelayPolicy.LONGEST_CACHE) > 0) {
            throw PushRequest.invalid(option, PushRequest.spoken(value), "100ms to 30s");
        }
    }

    private static void checkSnapshot(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        boolean png = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        if (!png || folder == null || !Files.isDirectory(folder) || Files.isDirectory(file)) {
            throw PushRequest.invalid("--snapshot", file, "a .png file name in a folder that exists");
        }
    }
}
