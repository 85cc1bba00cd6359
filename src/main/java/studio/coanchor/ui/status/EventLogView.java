package studio.coanchor.ui.status;

import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/**
 * The event log, newest at the bottom and kept in view while it grows. Each entry shows its time, origin, code and
 * Tencent's name on one line and the message below it; errors and warnings stand out by colour. Ctrl+C copies the
 * selected entries as lines of text.
 */
public final class EventLogView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ListView<LogEntry> list;

    public EventLogView(EventLog log) {
        list = new ListView<>(log.entries());
        list.setId("event-log");
        list.getStyleClass().add("event-log");
        list.setPlaceholder(new Label("No events yet"));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(cells -> new EntryCell(list));
        // Later, once the list's skin has taken the new entries in.
        log.entries().addListener((ListChangeListener<LogEntry>) change -> Platform.runLater(this::showNewest));
        list.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(list.getSelectionModel().getSelectedItems().stream().map(LogEntry::line)
                        .collect(Collectors.joining(System.lineSeparator())));
                Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            }
        });
    }

    public Node node() {
        return list;
    }

    /** Scrolls just far enough for the newest entry to show at the bottom; ListView.scrollTo would put it on top. */
    private void showNewest() {
        int newest = list.getItems().size() - 1;
        if (newest < 0) {
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(newest);
        } else {
            list.scrollTo(newest);
        }
    }

    /** Two lines: when, from where, which code; then the message, wrapped to the list's width. */
    private static final class EntryCell extends ListCell<LogEntry> {
        private final Label heading = new Label();
        private final Label message = new Label();
        private final VBox lines = new VBox(1, heading, message);

        EntryCell(ListView<LogEntry> list) {
            heading.getStyleClass().add("log-heading");
            message.getStyleClass().add("log-message");
            message.setWrapText(true);
            lines.maxWidthProperty().bind(list.widthProperty().subtract(28));
            message.maxWidthProperty().bind(lines.maxWidthProperty());
            setText(null);
        }

        @Override
        protected void updateItem(LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("log-error", "log-warning");
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            String code = entry.code() == null ? "" : "  " + entry.codeText() + " " + entry.name();
            heading.setText(entry.time() + "  " + entry.origin() + code);
            message.setText(entry.message());
            if (entry.code() != null && entry.code().isError()) {
                getStyleClass().add("log-error");
            } else if (entry.code() != null && entry.code().isWarning()) {
                getStyleClass().add("log-warning");
            }
            setGraphic(lines);
        }
    }
}
