package studio.coanchor.server.mixer;

/**
 * What {@code common_access} answers, as Tencent's does: a code (0 for success), the reason in words, and the
 * request's own timestamp (the time of answering when the request had none readable).
 */
record MixerAnswer(int code, String message, long timestamp) {
    static final String SUCCESS = "Success!";
}
