package studio.coanchor.server.signal;

import studio.coanchor.linkmic.SignalErrorCode;

/** A well-formed command the rules of the rooms refuse; the sender gets it back as an error. */
final class Refusal extends RuntimeException {
    private final SignalErrorCode code;

    Refusal(SignalErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    SignalErrorCode code() {
        return code;
    }
}
