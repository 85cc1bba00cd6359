package studio.coanchor.ui.status;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows a {@link Notice} as a ControlsFX notification in the bottom-right corner of its window. */
public final class NoticeView {
    private static final Duration SHORT = Duration.seconds(6);
    private static final Duration LONG = Duration.seconds(12);

    private NoticeView() {
    }

    public static void show(Notice notice, Window owner) {
        Notifications notification = Notifications.create()
                .title(notice.title())
                .text(notice.text())
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
}
