package studio.coanchor.ui;

/** Where the studio's broadcast stands, with the words the window shows for it. */
public enum LiveState {
    OFFLINE("Offline", "Go Live"),
    STARTING("Connecting", "Connecting…"),
    LIVE("Live", "Stop"),
    STOPPING("Stopping", "Stopping…");

    private final String label;
    private final String action;

    LiveState(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** What the Go Live button says in this state. */
    public String action() {
        return action;
    }

    /** Whether the Go Live button can be pressed: not while a start or stop is under way. */
    public boolean actionable() {
        return this == OFFLINE || this == LIVE;
    }
}
