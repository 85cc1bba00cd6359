package studio.coanchor.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the studio against reference tools and targets; see 'coanchor bench latency --help'"
                + " and 'coanchor bench aec --help'.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The {@code bench} command with {@code benchmarks} as its subcommands. */
    static CommandLine with(Object... benchmarks) {
        CommandLine bench = new CommandLine(new BenchCommand());
        for (Object benchmark : benchmarks) {
            bench.addSubcommand(benchmark);
        }
        return bench;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: try 'coanchor bench latency --server"
                + " rtmp://HOST/APP' or 'coanchor bench aec'");
    }
}
