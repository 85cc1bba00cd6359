package studio.coanchor.server;

/** A configuration file that cannot be used; the message is one line naming the file, the key and the remedy. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
