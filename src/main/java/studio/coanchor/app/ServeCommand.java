package studio.coanchor.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import studio.coanchor.server.Backend;
import studio.coanchor.server.BackendConfig;
import studio.coanchor.server.BackendConfigFile;
import studio.coanchor.server.ConfigException;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.signal.SignalingHub;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the business backend until Ctrl+C: login, signed URLs, mix requests, Tencent callbacks.",
                "With --hash-password, prints a password hash for the configuration instead."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the backend's JSON configuration")
    private Path config;

    @Option(names = "--hash-password", description = "read a password (from the console, or one line of standard"
            + " input) and print its hash for users[].passwordHash")
    private boolean hashPassword;

    /** Keeps a started backend running until it should stop. */
    @FunctionalInterface
    interface Lifetime {
        void runUntilStopped(Backend backend) throws InterruptedException;
    }

    private final InputStream in;
    private final Console console;
    private final Map<String, String> environment;
    private final Function<BackendConfig, Backend> backends;
    private final Lifetime lifetime;

    ServeCommand() {
        this(System.in, System.console(), System.getenv(),
                ServeCommand::withSignaling, ServeCommand::untilShutdown);
    }

    ServeCommand(InputStream in, Console console, Map<String, String> environment,
                 Function<BackendConfig, Backend> backends, Lifetime lifetime) {
        this.in = in;
        this.console = console;
        this.environment = environment;
        this.backends = backends;
        this.lifetime = lifetime;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (hashPassword == (config != null)) {
            throw new ParameterException(spec.commandLine(), "give --config FILE to run the backend, or"
                    + " --hash-password to make a password hash (not both)");
        }
        if (hashPassword) {
            char[] password = readPassword();
            try {
                spec.commandLine().getOut().println(PasswordHash.create(password, PasswordHash.DEFAULT_ITERATIONS,
                        new SecureRandom()).encoded());
                spec.commandLine().getOut().flush();
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }
        BackendConfig settings;
        try {
            settings = BackendConfigFile.read(config, environment);
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Backend backend = backends.apply(settings);
        backend.start();
        try {
            lifetime.runUntilStopped(backend);
        } finally {
            backend.stop();
        }
        return 0;
    }

    private static Backend withSignaling(BackendConfig config) {
        SignalingHub hub = new SignalingHub();
        return new Backend(config, hub, hub::install);
    }

    private char[] readPassword() {
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Repeat it: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new ParameterException(spec.commandLine(), "the two passwords differ; nothing was hashed");
                }
                return nonEmpty(first.clone());
            } finally {
                if (first != null) {
                    Arrays.fill(first, '\0');
                }
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return nonEmpty(line == null ? new char[0] : line.toCharArray());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "standard input could not be read: " + e.getMessage());
        }
    }

    private char[] nonEmpty(char[] password) {
        if (password.length == 0) {
            throw new ParameterException(spec.commandLine(), "the password is empty; type one (or pipe one line"
                    + " into standard input)");
        }
        return password;
    }

    private static void untilShutdown(Backend backend) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backend.stop();
            stopped.countDown();
        }, "serve-shutdown"));
        stopped.await();
    }
}
