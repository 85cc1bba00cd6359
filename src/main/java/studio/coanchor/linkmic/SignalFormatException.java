package studio.coanchor.linkmic;

/**
 * A message that breaks the protocol's rules: its code, a sentence naming the problem, and the {@code cmd} and
 * {@code type} of the message when they were recognised.
 */
public final class SignalFormatException extends IllegalArgumentException {
    private final SignalErrorCode code;
    private final String cmd;
    private final String type;

    public SignalFormatException(SignalErrorCode code, String message) {
        this(code, message, null, null);
    }

    private SignalFormatException(SignalErrorCode code, String message, String cmd, String type) {
        super(message);
        this.code = code;
        this.cmd = cmd;
        this.type = type;
    }

    public SignalErrorCode code() {
        return code;
    }

    /** The message's {@code cmd}, or null when it was not recognised. */
    public String cmd() {
        return cmd;
    }

    /** The message's {@code type}, or null when it was not recognised. */
    public String type() {
        return type;
    }

    SignalFormatException about(String cmd, String type) {
        return new SignalFormatException(code, getMessage(), cmd, type);
    }

    /** This problem as the error the server answers with. */
    public SignalError toError(long timestamp) {
        return new SignalError(code, getMessage(), cmd, type, timestamp);
    }
}
