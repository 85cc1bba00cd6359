package studio.coanchor.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import studio.coanchor.audio.EchoPath;

@Command(name = "aec", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures echo cancellation, noise suppression and gain control on a synthetic 24 s"
                + " conversation: a speech-like far end played through a simulated echo path, a second voice talking"
                + " at the microphone. Prints the echo reduction (ERLE), how well the near end's voice survives"
                + " (correlation) and the CPU per 10 ms frame, with processing off and on."})
final class AecBenchCommand implements Callable<Integer> {
    private static final int MAX_DELAY_MILLIS = 500;
    private static final int MAX_ATTENUATION_DB = 60;

    @Spec
    private CommandSpec spec;

    @Option(names = "--delay", paramLabel = "TIME", defaultValue = "60ms", converter = DurationConverter.class,
            description = "how long the echo takes from speaker to microphone, 0 to 500ms (default: ${DEFAULT-VALUE})")
    private Duration delay;

    @Option(names = "--attenuation", paramLabel = "DB", defaultValue = "10",
            description = "how much quieter the echo is than the sound played, 0 to 60 dB (default: ${DEFAULT-VALUE})")
    private double attenuation;

    private final Function<EchoPath, Integer> runner;

    AecBenchCommand() {
        this(path -> new AecBench(System.out).run(path));
    }

    AecBenchCommand(Function<EchoPath, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        if (delay.toMillis() > MAX_DELAY_MILLIS) {
            throw refused("--delay", PushRequest.spoken(delay), "0ms to " + MAX_DELAY_MILLIS + "ms");
        }
        if (!(attenuation >= 0 && attenuation <= MAX_ATTENUATION_DB)) {
            throw refused("--attenuation", attenuation, "0 to " + MAX_ATTENUATION_DB + " (dB)");
        }
        return runner.apply(new EchoPath((int) delay.toMillis(), attenuation));
    }

    private ParameterException refused(String option, Object value, String accepted) {
        return new ParameterException(spec.commandLine(), PushRequest.invalid(option, value, accepted).getMessage());
    }
}
