package studio.coanchor.ui.coanchor;

/**
 * Who is logged in, and where.
 *
 * @param backend the backend's address
 * @param stream  the anchor's own push URL without its signature, for the window to name
 * @param builtIn whether it is the studio's own backend, where only this studio logs in
 */
public record SignedIn(String userId, String backend, String stream, boolean builtIn) {
}
