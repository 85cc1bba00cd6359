package studio.coanchor.ui.status;

/** Something the anchor should notice now, shown as a notification over the window. */
public record Notice(Kind kind, String title, String text) {

    public enum Kind { INFO, WARNING, ERROR }

    public static Notice info(String title, String text) {
        return new Notice(Kind.INFO, title, text);
    }

    public static Notice warning(String title, String text) {
        return new Notice(Kind.WARNING, title, text);
    }

    public static Notice error(String title, String text) {
        return new Notice(Kind.ERROR, title, text);
    }
}
