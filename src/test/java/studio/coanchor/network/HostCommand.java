package studio.coanchor.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of iproute2's commands ({@code ip}, {@code tc}, {@code bridge}) and fails loudly, saying what failed. */
final class HostCommand {
    private static final long LIMIT_SECONDS = 10;

    private HostCommand() {
    }

    static void run(String... command) {
        run(List.of(command));
    }

    static void run(List<String> command) {
        execute(command);
    }

    /** Runs {@code command} and returns what it printed. */
    static String output(String... command) {
        return execute(List.of(command));
    }

    private static String execute(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (" + e.getMessage() + "): the network"
                    + " scenarios need iproute2 (ip, tc, bridge), which .ci/run installs", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + LIMIT_SECONDS
                        + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit code "
                        + process.exitValue() + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("reading what " + command.get(0) + " printed failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
