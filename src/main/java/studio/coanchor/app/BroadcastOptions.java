package studio.coanchor.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What to capture, how to encode it and how long to go on: the options every command that pushes shares. */
final class BroadcastOptions {

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "test",
            description = "test | camera[:ID] | screen[:X,Y,W,H] | file:PATH (default: ${DEFAULT-VALUE})")
    private String source;

    @Option(names = "--audio", paramLabel = "AUDIO", defaultValue = "tone",
            description = "tone | mic[:ID] | none (default: ${DEFAULT-VALUE})")
    private String audio;

    @Option(names = "--quality", paramLabel = "PRESET", defaultValue = "HD",
            description = "SD | HD | UHD | MAIN | SUB | GAME_SD | GAME_HD | GAME_UHD (default: ${DEFAULT-VALUE})")
    private String quality;

    @Option(names = "--orientation", paramLabel = "SIDE", defaultValue = "landscape",
            description = "landscape | portrait (default: ${DEFAULT-VALUE})")
    private String orientation;

    @Option(names = "--encoder", paramLabel = "NAME", defaultValue = "auto",
            description = "auto | x264 | openh264 | nvenc | qsv | mf | videotoolbox (default: ${DEFAULT-VALUE})")
    private String encoder;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "stop after this long, e.g. 30s or 2m (default: until Ctrl+C)")
    private Duration duration;

    @Option(names = "--size", paramLabel = "WxH", description = "custom picture size instead of the preset's, e.g. 1280x720")
    private String size;

    @Option(names = "--fps", paramLabel = "N", description = "custom frame rate instead of the preset's")
    private Integer fps;

    @Option(names = "--bitrate", paramLabel = "KBPS", description = "custom video bitrate instead of the preset's")
    private Integer bitrate;

    @Option(names = "--auto-bitrate", description = "adapt the video bitrate to what the network carries")
    private boolean autoBitrate;

    @Option(names = "--min-bitrate", paramLabel = "KBPS",
            description = "with --auto-bitrate: the lowest video bitrate (default: the preset's)")
    private Integer minBitrate;

    @Option(names = "--max-bitrate", paramLabel = "KBPS",
            description = "with --auto-bitrate: the highest video bitrate (default: the preset's)")
    private Integer maxBitrate;

    @Option(names = "--latency-stamp", description = "paint the capture time as a barcode into every frame")
    private boolean latencyStamp;

    @Option(names = "--retry-count", paramLabel = "N", defaultValue = "3",
            description = "reconnect attempts, 1-10 (default: ${DEFAULT-VALUE})")
    private int retryCount;

    @Option(names = "--retry-interval", paramLabel = "TIME", defaultValue = "3s", converter = DurationConverter.class,
            description = "wait between reconnect attempts, 3s-30s (default: ${DEFAULT-VALUE})")
    private Duration retryInterval;

    @Option(names = "--aec", paramLabel = "SWITCH", defaultValue = "auto",
            description = "echo cancellation of the other anchors' sound: auto | on | off; auto is on for a"
                    + " microphone in the MAIN and SUB presets (default: ${DEFAULT-VALUE})")
    private String aec;

    @Option(names = "--ns", paramLabel = "SWITCH", defaultValue = "auto",
            description = "noise suppression on the microphone: auto | on | off (default: ${DEFAULT-VALUE})")
    private String ns;

    @Option(names = "--agc", paramLabel = "SWITCH", defaultValue = "auto",
            description = "automatic gain control on the microphone: auto | on | off (default: ${DEFAULT-VALUE})")
    private String agc;

    /** The push these options describe, to {@code url} and/or {@code record}; a bad value throws naming it. */
    PushRequest request(Optional<String> url, Optional<Path> record) {
        return new PushRequest(source, audio, quality, orientation, encoder, url, record,
                Optional.ofNullable(duration), latencyStamp, retryCount, retryInterval,
                new PictureOverride(Optional.ofNullable(size), Optional.ofNullable(fps),
                        Optional.ofNullable(bitrate)), VoiceSwitches.parse(aec, ns, agc),
                new AutoBitrate(autoBitrate, Optional.ofNullable(minBitrate), Optional.ofNullable(maxBitrate)));
    }
}
