package studio.coanchor.ui;

/**
 * Which part of the engine an event comes from: the capture source, the live push, the local recording or the
 * playout of linked anchors' sound.
 */
public enum EventOrigin {
    SOURCE("source"),
    PUSH("push"),
    RECORDING("record"),
    PLAYOUT("playout");

    private final String label;

    EventOrigin(String label) {
        this.label = label;
    }

    /** The short word the event log shows. */
    public String label() {
        return label;
    }
}
