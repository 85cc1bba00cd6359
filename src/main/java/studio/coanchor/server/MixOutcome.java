package studio.coanchor.server;

/**
 * What {@code POST /api/mix} answers: Tencent's code, the code in words, how many calls it took, and the mix
 * service's own message.
 */
record MixOutcome(int code, String message, int attempts, String serviceMessage) {
}
