package studio.coanchor.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "latency", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures glass-to-glass latency through an RTMP server: pushes a stamped 1280x720 30 fps"
                + " test pattern and plays it back in ACC mode, then does the same with the ffmpeg CLI (x264"
                + " veryfast zero latency push, -fflags nobuffer -flags low_delay pull) when ffmpeg is on the PATH,"
                + " and prints p50, p95, max and the time to the first picture of both."})
final class LatencyBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "rtmp://HOST/APP",
            description = "the RTMP server and application to push through and play back from")
    private String server;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
            description = "how long to measure each pair, after a 1 s warm-up (default: ${DEFAULT-VALUE})")
    private Duration duration;

    private final Function<LatencyBenchRequest, Integer> runner;

    LatencyBenchCommand() {
        this(request -> new LatencyBench(System.out).run(request));
    }

    LatencyBenchCommand(Function<LatencyBenchRequest, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        LatencyBenchRequest request;
        try {
            request = new LatencyBenchRequest(server, duration);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return runner.apply(request);
    }
}
