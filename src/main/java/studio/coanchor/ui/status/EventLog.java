package studio.coanchor.ui.status;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.coanchor.media.MediaEvent;

/** The newest {@value #LIMIT} events and notes, oldest first. Changed on the JavaFX thread only. */
public final class EventLog {
    public static final int LIMIT = 1000;
    /** The origin of the studio's own notes. */
    public static final String STUDIO = "studio";

    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> readOnly = FXCollections.unmodifiableObservableList(entries);

    public ObservableList<LogEntry> entries() {
        return readOnly;
    }

    public void add(String origin, MediaEvent event) {
        append(new LogEntry(event.epochMillis(), origin, event.code(), event.message()));
    }

    /** A line from the studio itself, such as where a snapshot went. */
    public void note(String message) {
        append(new LogEntry(System.currentTimeMillis(), STUDIO, null, message));
    }

    private void append(LogEntry entry) {
        entries.add(entry);
        if (entries.size() > LIMIT) {
            entries.remove(0, entries.size() - LIMIT);
        }
    }
}
