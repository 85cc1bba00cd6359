package studio.coanchor.ui;

/** Which part of the engine an event comes from: the capture source, the live push or the local recording. */
public enum EventOrigin {
    SOURCE("source"),
    PUSH("push"),
    RECORDING("record");

    private final String label;

    EventOrigin(String label) {
        this.label = label;
    }

    /** The short word the event log shows. */
    public String label() {
        return label;
    }
}
