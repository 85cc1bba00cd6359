package studio.coanchor.media;

/** Something a media component reports: a Tencent event code, a message in words, and when it happened. */
public record MediaEvent(EventCode code, String message, long epochMillis) {

    public static MediaEvent now(EventCode code, String message) {
        return new MediaEvent(code, message, System.currentTimeMillis());
    }

    /** The event as the command line prints it: {@code EVENT <code> <NAME> <message>}. */
    public String line() {
        return "EVENT " + code.code() + " " + code.name() + " " + message;
    }
}
