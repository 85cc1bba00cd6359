package studio.coanchor.linkmic;

/** How an anchor's push is tuned for the part it plays in a co-anchor session (SPEC §1, §5). */
public enum PublisherRole {
    /** Not linked: the anchor's own preset (HIGH by default). */
    SOLO,
    /** The room's owner with co-anchors or in a PK: LINKMIC_MAIN_PUBLISHER, echo cancellation on. */
    MAIN,
    /** A linked co-anchor: LINKMIC_SUB_PUBLISHER, a smaller picture, echo cancellation on. */
    SUB
}
