package studio.coanchor.server;

/** A key or password hash from the configuration; its text form hides the value so it cannot reach a log line. */
public record Secret(String value) {
    public Secret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
