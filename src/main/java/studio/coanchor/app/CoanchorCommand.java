package studio.coanchor.app;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coanchor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"CoAnchor Studio: capture, preview and push a live stream over RTMP, and play one back.",
                "Without a command it opens the studio window."})
final class CoanchorCommand implements Callable<Integer> {

    private final Supplier<StudioEngine> studioEngine;

    @Spec
    private CommandSpec spec;

    @Option(names = "--self-test", description = "check, without a window, that this installation can encode, push and"
            + " decode back through loopback and run its backend; exit code 0 only when all of that worked")
    private boolean selfTest;

    CoanchorCommand(Supplier<StudioEngine> studioEngine) {
        this.studioEngine = studioEngine;
    }

    @Override
    public Integer call() {
        if (selfTest) {
            return SelfTest.standard().run(spec.commandLine().getOut());
        }
        try (StudioEngine engine = studioEngine.get()) {
            StudioLauncher.launch(engine);
        }
        return 0;
    }

    /** The whole command tree with its error handling: a bad value is one line on stderr and exit code 2. */
    static CommandLine commandLine(CoanchorCommand root, Object... subcommands) {
        CommandLine commandLine = new CommandLine(root);
        for (Object subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine
                .setParameterExceptionHandler(new OneLineErrors())
                .setExecutionExceptionHandler(new OneLineErrors());
    }
}
