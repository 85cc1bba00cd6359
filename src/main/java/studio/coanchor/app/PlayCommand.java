package studio.coanchor.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "play", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plays an RTMP, HTTP-FLV or HLS stream without a window and prints its events, a status line"
                + " every second and, with --latency, the glass-to-glass latency of a stream pushed with"
                + " --latency-stamp."})
final class PlayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL",
            description = "rtmp://HOST/APP/STREAM, or http(s)://HOST/APP/STREAM.flv (HTTP-FLV) or .m3u8 (HLS)")
    private String url;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "delay control: acc | speedy | auto | smooth (default: ${DEFAULT-VALUE})")
    private String mode;

    @Option(names = "--min-cache", paramLabel = "TIME", converter = DurationConverter.class,
            description = "AUTO's minimum cache, 100ms-30s (default: 1s)")
    private Duration minCache;

    @Option(names = "--max-cache", paramLabel = "TIME", converter = DurationConverter.class,
            description = "AUTO's maximum cache, 100ms-30s (default: 5s)")
    private Duration maxCache;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "stop after this long, e.g. 20s (default: until the stream ends or Ctrl+C)")
    private Duration duration;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "save the last picture as PNG at the end")
    private Path snapshot;

    @Option(names = "--latency", description = "print the latency distribution (p50, p95, max) at the end")
    private boolean latency;

    @Option(names = "--no-audio", description = "do not play the sound")
    private boolean noAudio;

    private final Function<PlayRequest, Integer> runner;

    PlayCommand() {
        this(request -> new PlayRunner().run(request, System.out));
    }

    PlayCommand(Function<PlayRequest, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.apply(request());
    }

    private PlayRequest request() {
        try {
            return new PlayRequest(url, mode, Optional.ofNullable(minCache), Optional.ofNullable(maxCache),
                    Optional.ofNullable(duration), Optional.ofNullable(snapshot), latency, noAudio);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
