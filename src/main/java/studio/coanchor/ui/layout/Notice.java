package studio.coanchor.ui.layout;

/** The line under the layout editor: what just happened, or what went wrong and what to do. */
public record Notice(String text, boolean problem) {
    public static final Notice NONE = new Notice("", false);

    public static Notice info(String text) {
        return new Notice(text, false);
    }

    public static Notice problem(String text) {
        return new Notice(text, true);
    }
}
