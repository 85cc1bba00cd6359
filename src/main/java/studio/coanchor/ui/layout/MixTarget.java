package studio.coanchor.ui.layout;

import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;

/**
 * Where the layout editor sends mixes: the backend, as the anchor logged in to it, who owns the room being mixed.
 * {@link #send} blocks until the backend answers (its retries included) and is never called on the JavaFX thread.
 */
public interface MixTarget {

    /** The mix session and output, both named by the logged-in anchor's stream, under the backend's app ID. */
    MixSession session();

    /**
     * Sends {@code para} and returns the backend's answer. Fails when the backend cannot be reached or refuses the
     * request, with a message that says why in words the user can act on.
     */
    MixAnswer send(MixPara para) throws Exception;
}
