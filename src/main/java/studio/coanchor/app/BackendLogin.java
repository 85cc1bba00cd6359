package studio.coanchor.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where the backend is and who logs in to it: the options every command that talks to the backend shares. The
 * password comes from {@code --password}, the first line of standard input, or an environment variable; the last
 * two keep it out of the shell history.
 */
final class BackendLogin {
    static final String PASSWORD_VARIABLE = "COANCHOR_PASSWORD";

    @Option(names = "--backend", paramLabel = "URL", description = "the backend, e.g. http://127.0.0.1:8090")
    private String backend;

    @Option(names = "--user", paramLabel = "U", description = "the user to log in as")
    private String user;

    @Option(names = "--password", paramLabel = "P", description = "the password; rather use --password-stdin or the "
            + PASSWORD_VARIABLE + " environment variable, which stay out of the shell history")
    private String password;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    private boolean passwordStdin;

    /** Whether {@code --backend} and {@code --user} were both given; a bad pairing throws naming what is missing. */
    void require(String purpose) {
        if (backend == null || user == null) {
            throw new IllegalArgumentException("Missing option: " + purpose + " needs --backend URL and --user U");
        }
    }

    URI backend() {
        try {
            URI uri = URI.create(backend);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("an http:// or https:// address such as http://127.0.0.1:8090");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value for option '--backend': '" + backend + "'; accepted: "
                    + "an http:// or https:// address such as http://127.0.0.1:8090");
        }
    }

    String user() {
        return user;
    }

    String password(Function<String, String> environment, InputStream stdin) {
        if (password != null && passwordStdin) {
            throw new IllegalArgumentException("--password and --password-stdin both give the password: use one");
        }
        if (password != null) {
            return password;
        }
        if (passwordStdin) {
            String line;
            try {
                line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the password from standard input", e);
            }
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin found no password on standard input");
            }
            return line;
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new IllegalArgumentException("Missing password: give --password-stdin, " + PASSWORD_VARIABLE
                    + " or --password");
        }
        return fromEnvironment;
    }
}
