package studio.coanchor.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Captures, encodes H.264/AAC and pushes to an RTMP server and/or records to a file.",
                "Prints one STATUS line a second and one EVENT line per event on standard output."})
final class PushCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

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

    @Option(names = "--url", paramLabel = "URL", description = "rtmp://HOST/APP/STREAM or rtmps://...")
    private String url;

    @Option(names = "--record", paramLabel = "FILE", description = "also write the stream to this FLV or MP4 file")
    private Path record;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "stop after this long, e.g. 30s or 2m (default: until Ctrl+C)")
    private Duration duration;

    @Option(names = "--size", paramLabel = "WxH", description = "custom picture size instead of the preset's, e.g. 1280x720")
    private String size;

    @Option(names = "--fps", paramLabel = "N", description = "custom frame rate instead of the preset's")
    private Integer fps;

    @Option(names = "--bitrate", paramLabel = "KBPS", description = "custom video bitrate instead of the preset's")
    private Integer bitrate;

    @Option(names = "--latency-stamp", description = "paint the capture time as a barcode into every frame")
    private boolean latencyStamp;

    @Option(names = "--retry-count", paramLabel = "N", defaultValue = "3",
            description = "reconnect attempts, 1-10 (default: ${DEFAULT-VALUE})")
    private int retryCount;

    @Option(names = "--retry-interval", paramLabel = "TIME", defaultValue = "3s", converter = DurationConverter.class,
            description = "wait between reconnect attempts, 3s-30s (default: ${DEFAULT-VALUE})")
    private Duration retryInterval;

    private final Function<PushRequest, Integer> runner;

    PushCommand() {
        this(request -> new BroadcastRunner().run(request, System.out));
    }

    PushCommand(Function<PushRequest, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.apply(request());
    }

    private PushRequest request() {
        try {
            return new PushRequest(source, audio, quality, orientation, encoder, Optional.ofNullable(url),
                    Optional.ofNullable(record), Optional.ofNullable(duration), latencyStamp, retryCount,
                    retryInterval, new PictureOverride(Optional.ofNullable(size), Optional.ofNullable(fps),
                    Optional.ofNullable(bitrate)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
