package studio.coanchor.app;

import java.net.URI;
import java.util.Optional;

/**
 * One headless co-anchor session as the user asked for it, checked.
 *
 * @param request   ask the room's owner to link
 * @param acceptAll as the owner, accept every request and PK
 * @param pk        as an owner, the other owner to ask for a PK
 * @param push      what to capture and how; its URL is replaced by the one the backend signs
 */
record LinkRequest(URI backend, String user, String password, String room, boolean request, boolean acceptAll,
                   Optional<String> pk, boolean speaker, PushRequest push) {

    @Override
    public String toString() {
        return "LinkRequest[backend=" + backend + ", user=" + user + ", room=" + room + "]";
    }
}
