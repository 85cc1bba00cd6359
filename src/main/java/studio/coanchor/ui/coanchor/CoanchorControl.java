package studio.coanchor.ui.coanchor;

import studio.coanchor.linkmic.BackendException;

/**
 * What the co-anchor panel needs from the engine: a backend login, one room at a time, and the link and PK commands of
 * SPEC §5. Methods may block (logging in, joining, stopping players) and are never called on the JavaFX thread.
 * Commands go out in order; a refusal, by this side or by the hub, comes back as a {@code REFUSED} link event.
 */
public interface CoanchorControl {

    /** Logs in, leaving any room joined before. */
    SignedIn logIn(BackendChoice backend) throws BackendException;

    /** Leaves the room, if any, and forgets the login. */
    void logOut();

    /** Joins {@code roomId}: the anchor's own ID opens its own room as owner. Returns once the hub confirms. */
    void join(String roomId, CoanchorListener listener) throws BackendException;

    /** Leaves the room: ends links, PK, players and, for the owner, the mix. Safe when no room is joined. */
    void leave();

    /** A member asks the room's owner to link. */
    void requestLink();

    /** A co-anchor ends its link, or a member withdraws its request. */
    void quitLink();

    void accept(String requesterId);

    void reject(String requesterId, String reason);

    void acceptPk(String otherOwnerId);

    void rejectPk(String otherOwnerId, String reason);

    /** The owner ends a co-anchor's link. */
    void kick(String coAnchorId, String reason);

    /** The owner asks the owner of another room for a PK. */
    void startPk(String otherOwnerId);

    void stopPk();

    /** Plays a linked anchor's sound or not. */
    void setMuted(String peerId, boolean muted);
}
