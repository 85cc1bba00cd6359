package studio.coanchor.ui.status;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows a {@link Notice} as a ControlsFX notification in the bottom-right corner of its window. The text is broken
 * into lines first: a notification is as wide as its longest line, and one long line would lay it across the whole
 * window, over the Go Live / Stop button.
 */
public final class NoticeView {
    private static final Duration SHORT = Duration.seconds(6);
    private static final Duration LONG = Duration.seconds(12);
    static final int LINE_CHARACTERS = 38;

    private NoticeView() {
    }

    public static void show(Notice notice, Window owner) {
        Notifications notification = Notifications.create()
                .title(notice.title())
                .text(lines(notice.text()))
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(notice.kind() == Notice.Kind.ERROR ? LONG : SHORT)
                .styleClass("notice", "notice-" + notice.kind().name().toLowerCase(Locale.ROOT))
                .darkStyle();
        switch (notice.kind()) {
            case INFO -> notification.showInformation();
            case WARNING -> notification.showWarning();
            case ERROR -> notification.showError();
        }
    }

    /** The text with line breaks between words, so that no line is longer than {@link #LINE_CHARACTERS}. */
    static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > LINE_CHARACTERS) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
