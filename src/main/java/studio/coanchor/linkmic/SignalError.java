package studio.coanchor.linkmic;

/**
 * The server's answer to a message it refused or dropped, sent as {@code {"cmd":"room","data":{"type":"error",...}}}.
 * The connection stays open. Wire fields: {@code type, code, message, refusedCmd, refusedType, timestamp}.
 *
 * @param code        what went wrong, for programs
 * @param message     what went wrong and what to do, for people
 * @param refusedCmd  the {@code cmd} of the refused message, when it was recognised
 * @param refusedType the {@code type} of the refused message, when it was recognised
 */
public record SignalError(SignalErrorCode code, String message, String refusedCmd, String refusedType,
                          long timestamp) implements SignalMessage {

    public SignalError {
        Fields.required("room error", "code", code);
        Fields.text("message", Fields.required("room error", "message", message), Fields.MAX_ERROR_MESSAGE);
        Fields.id("refusedCmd", refusedCmd);
        Fields.id("refusedType", refusedType);
        Fields.timestamp(timestamp);
    }

    @Override
    public String cmd() {
        return "room";
    }

    @Override
    public String typeName() {
        return "error";
    }

    @Override
    public boolean sentByClient() {
        return false;
    }
}
