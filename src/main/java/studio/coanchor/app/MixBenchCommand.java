package studio.coanchor.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "mix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures mixing 1 + 3 inputs through an RTMP server: four ffmpeg pushes (540x960 and three"
                + " 160x240 at 15 fps, with tones) are mixed in Tencent's co-anchor column by the studio's self-hosted"
                + " mixer, then by the ffmpeg CLI (-filter_complex overlay + amix; the FFmpeg 8 CLI the studio bundles,"
                + " and the system's ffmpeg when there is one), all encoding x264 veryfast zero latency; prints CPU"
                + " seconds per mixed picture and peak RSS of each, and the studio's ratios."})
final class MixBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "rtmp://HOST/APP",
            description = "the RTMP server and application the inputs and the mixes go through")
    private String server;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "20s", converter = DurationConverter.class,
            description = "how long to measure each mixer, after a 10 s warm-up (default: ${DEFAULT-VALUE})")
    private Duration duration;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "measure both mixers N times in turn and add the rounds up, 1 to 10"
                    + " (default: ${DEFAULT-VALUE})")
    private int rounds;

    private final Function<MixBenchRequest, Integer> runner;

    MixBenchCommand() {
        this(request -> new MixBench(System.out).run(request));
    }

    MixBenchCommand(Function<MixBenchRequest, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        MixBenchRequest request;
        try {
            request = new MixBenchRequest(server, duration, rounds);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return runner.apply(request);
    }
}
