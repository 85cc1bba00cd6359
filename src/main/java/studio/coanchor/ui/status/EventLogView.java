package studio.coanchor.ui.status;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCode;
import java.util.stream.Collectors;

/**
 * The event log as a table (time, origin, code, Tencent's name, message), newest at the bottom and kept in view;
 * errors and warnings stand out by colour. Ctrl+C copies the selected lines.
 */
public final class EventLogView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final TableView<LogEntry> table;

    public EventLogView(EventLog log) {
        table = new TableView<>(log.entries());
        table.setId("event-log");
        table.getStyleClass().add("event-log");
        table.setPlaceholder(new Label("No events yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getColumns().add(column("Time", LogEntry::time, 64));
        table.getColumns().add(column("From", LogEntry::origin, 56));
        table.getColumns().add(column("Code", LogEntry::codeText, 50));
        table.getColumns().add(column("Name", LogEntry::name, 150));
        table.getColumns().add(column("Message", LogEntry::message, 260));
        table.setRowFactory(rows -> new TableRow<>() {
            @Override
            protected void updateItem(LogEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll("log-error", "log-warning");
                if (!empty && entry != null && entry.code() != null) {
                    if (entry.code().isError()) {
                        getStyleClass().add("log-error");
                    } else if (entry.code().isWarning()) {
                        getStyleClass().add("log-warning");
                    }
                }
                setTooltip(empty || entry == null ? null : new javafx.scene.control.Tooltip(entry.line()));
            }
        });
        log.entries().addListener((ListChangeListener<LogEntry>) change -> {
            if (!log.entries().isEmpty()) {
                table.scrollTo(log.entries().size() - 1);
            }
        });
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(table.getSelectionModel().getSelectedItems().stream().map(LogEntry::line)
                        .collect(Collectors.joining(System.lineSeparator())));
                Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            }
        });
    }

    public Node node() {
        return table;
    }

    private static TableColumn<LogEntry, String> column(String title, Function<LogEntry, String> text, double width) {
        TableColumn<LogEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
