package studio.coanchor.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Pushes the HD test pattern with its tone through an RTMP server and plays it back for a long"
                + " time, then reports how the resident set and the heap (after a full collection) grew after"
                + " warm-up, in MB per 10 minutes, the drift of the picture against the sound, and the frames"
                + " dropped. Exit code 0 when growth stays under 1 MB per 10 minutes and the drift under 40 ms."})
final class SoakCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "rtmp://HOST/APP",
            description = "the RTMP server and application to push through and play back from")
    private String server;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30m", converter = DurationConverter.class,
            description = "how long to run, the first quarter (5 minutes at most) being warm-up"
                    + " (default: ${DEFAULT-VALUE})")
    private Duration duration;

    private final Function<SoakRequest, Integer> runner;

    SoakCommand() {
        this(request -> new SoakBench(System.out).run(request));
    }

    SoakCommand(Function<SoakRequest, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        SoakRequest request;
        try {
            request = new SoakRequest(server, duration);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return runner.apply(request);
    }
}
