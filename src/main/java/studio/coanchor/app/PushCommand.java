package studio.coanchor.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private final BroadcastOptions broadcast = new BroadcastOptions();

    @Option(names = "--url", paramLabel = "URL", description = "rtmp://HOST/APP/STREAM or rtmps://...")
    private String url;

    @Option(names = "--record", paramLabel = "FILE", description = "also write the stream to this FLV or MP4 file")
    private Path record;

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
            return broadcast.request(Optional.ofNullable(url), Optional.ofNullable(record));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
