package studio.coanchor.ui.status;

/** How a live figure looks: fine, worth a glance (yellow), or in trouble (red). */
public enum FigureLevel {
    NORMAL, WARNING, DANGER;

    /** The style class the status bar gives a figure at this level; none when normal. */
    public String styleClass() {
        return switch (this) {
            case NORMAL -> "";
            case WARNING -> "figure-warning";
            case DANGER -> "figure-danger";
        };
    }
}
