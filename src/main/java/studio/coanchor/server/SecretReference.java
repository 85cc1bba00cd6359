package studio.coanchor.server;

import java.util.Map;

/**
 * A secret as written in the configuration or on a command line: the value itself, or {@code env:NAME} to read
 * it from the environment variable {@code NAME}, which keeps it out of files and shell history.
 */
public final class SecretReference {
    private static final String PREFIX = "env:";

    private SecretReference() {
    }

    /**
     * The secret {@code written} stands for. {@code where} names the setting in error messages, which never
     * contain the secret.
     */
    public static Secret resolve(String written, String where, Map<String, String> environment) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException(where + " is empty; write the secret or env:VARIABLE");
        }
        if (!written.startsWith(PREFIX)) {
            return new Secret(written);
        }
        String variable = written.substring(PREFIX.length());
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(where + " names the environment variable '" + variable
                    + "', which is not a valid variable name");
        }
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " reads the environment variable " + variable
                    + ", which is not set; set it or write the secret itself");
        }
        return new Secret(value);
    }
}
