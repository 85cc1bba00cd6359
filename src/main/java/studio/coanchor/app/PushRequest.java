package studio.coanchor.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.SignedUrl;
import studio.coanchor.push.PushTarget;

/**
 * One headless push as the user asked for it, checked and normalised: keywords are lower case, the quality is one
 * of the quality preset names in upper case. Building one with a bad value fails with a message that names the
 * option, the value and what is accepted.
 *
 * @param source      {@code test}, {@code camera[:ID]}, {@code screen[:X,Y,W,H]} or {@code file:PATH}
 * @param audio       {@code tone}, {@code mic[:ID]} or {@code none}
 * @param duration    how long to push; empty means until interrupted
 * @param picture     size, rate and bitrate that replace the preset's
 * @param voice       which parts of voice processing run on the microphone
 * @param autoBitrate whether the push adapts the bitrate to the network, and within which range
 */
public record PushRequest(String source, String audio, String quality, String orientation, String encoder,
                          Optional<String> url, Optional<Path> record, Optional<Duration> duration,
                          boolean latencyStamp, int retryCount, Duration retryInterval, PictureOverride picture,
                          VoiceSwitches voice, AutoBitrate autoBitrate) {

    private static final List<String> QUALITIES = names(QualityPreset.values(), true);
    private static final List<String> ORIENTATIONS = names(Orientation.values(), false);
    private static final List<String> ENCODERS = names(EncoderChoice.values(), false);

    private static final Duration SHORTEST_RETRY_INTERVAL = Duration.ofSeconds(3);
    private static final Duration LONGEST_RETRY_INTERVAL = Duration.ofSeconds(30);

    public PushRequest {
        checkSource(source);
        checkAudio(audio);
        quality = oneOf("--quality", quality, QUALITIES, quality.toUpperCase(Locale.ROOT));
        orientation = oneOf("--orientation", orientation, ORIENTATIONS, orientation.toLowerCase(Locale.ROOT));
        encoder = oneOf("--encoder", encoder, ENCODERS, encoder.toLowerCase(Locale.ROOT));
        url.ifPresent(PushRequest::checkUrl);
        record.ifPresent(PushRequest::checkRecordFile);
        if (url.isEmpty() && record.isEmpty()) {
            throw new IllegalArgumentException(
                    "Missing option: give --url rtmp://HOST/APP/STREAM, --record FILE, or both");
        }
        duration.ifPresent(value -> {
            if (value.isZero() || value.isNegative()) {
                throw invalid("--duration", spoken(value), "a length above zero such as 30s, 2m or 1h");
            }
        });
        if (retryCount < 1 || retryCount > 10) {
            throw invalid("--retry-count", retryCount, "a whole number from 1 to 10");
        }
        if (retryInterval.compareTo(SHORTEST_RETRY_INTERVAL) < 0
                || retryInterval.compareTo(LONGEST_RETRY_INTERVAL) > 0) {
            throw invalid("--retry-interval", spoken(retryInterval), "3s to 30s");
        }
    }

    /** The same push to another URL, such as the one the backend signs. */
    public PushRequest withUrl(String signedUrl) {
        return new PushRequest(source, audio, quality, orientation, encoder, Optional.of(signedUrl), record, duration,
                latencyStamp, retryCount, retryInterval, picture, voice, autoBitrate);
    }

    /** The capture package owns the syntax of sources; here a bad one is only named by its option. */
    private static void checkSource(String source) {
        try {
            SourceSpec.parse(source, "none");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value for option '--source': '" + source + "'; " + e.getMessage());
        }
    }

    private static void checkAudio(String audio) {
        try {
            SourceSpec.parse("test", audio);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value for option '--audio': '" + audio + "'; " + e.getMessage());
        }
    }

    private static String oneOf(String option, String given, List<String> accepted, String normalised) {
        if (!accepted.contains(normalised)) {
            throw invalid(option, given, String.join(", ", accepted));
        }
        return normalised;
    }

    private static void checkUrl(String url) {
        try {
            PushTarget.check(url);
        } catch (IllegalArgumentException e) {
            throw invalid("--url", SignedUrl.shown(url), "rtmp://HOST/APP/STREAM or rtmps://HOST/APP/STREAM");
        }
    }

    private static void checkRecordFile(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(file)) {
            throw invalid("--record", file, "a file name in a folder that exists");
        }
    }

    private static List<String> names(Enum<?>[] values, boolean upper) {
        return Arrays.stream(values).map(Enum::name)
                .map(name -> upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT)).toList();
    }

    static String spoken(Duration value) {
        return value.toMillis() % 1000 == 0 ? value.toSeconds() + "s" : value.toMillis() + "ms";
    }

    static IllegalArgumentException invalid(String option, Object value, String accepted) {
        return new IllegalArgumentException(
                "Invalid value for option '" + option + "': '" + value + "'; accepted: " + accepted);
    }
}
