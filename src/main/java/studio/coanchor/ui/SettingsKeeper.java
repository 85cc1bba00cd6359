package studio.coanchor.ui;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.coanchor.profile.Profile;
import studio.coanchor.profile.Settings;
import studio.coanchor.profile.SettingsStore;

/**
 * The studio's settings as the window changes them, on the JavaFX thread; every change is written to the store on
 * the control worker, and a failed write is reported in words.
 */
public final class SettingsKeeper {
    private final SettingsStore store;
    private final ControlWorker worker;
    private final Consumer<String> problems;
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();

    /** @param problems hears, on the JavaFX thread, why the settings could not be saved */
    public SettingsKeeper(Settings initial, SettingsStore store, ControlWorker worker, Consumer<String> problems) {
        this.store = store;
        this.worker = worker;
        this.problems = problems;
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
        profileNames.setAll(initial.profileNames());
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings.get();
    }

    public Profile active() {
        return settings.get().active();
    }

    public ObservableList<String> profileNames() {
        return FXCollections.unmodifiableObservableList(profileNames);
    }

    /** Applies {@code change} and saves; a change the settings refuse throws with the reason and changes nothing. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        if (next.equals(settings.get())) {
            return;
        }
        if (!next.profileNames().equals(profileNames)) {
            profileNames.setAll(next.profileNames());
        }
        settings.set(next);
        worker.execute(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                Platform.runLater(() -> problems.accept(failure(e)));
            }
        });
    }

    public void updateActive(UnaryOperator<Profile> change) {
        update(current -> current.withActive(change.apply(current.active())));
    }

    /** Writes the settings now, on the calling thread: for when the window closes. */
    public void saveNow() {
        try {
            store.save(settings.get());
        } catch (IOException e) {
            problems.accept(failure(e));
        }
    }

    private String failure(IOException e) {
        return "The settings could not be saved to " + store.file() + ": " + e.getMessage();
    }
}
