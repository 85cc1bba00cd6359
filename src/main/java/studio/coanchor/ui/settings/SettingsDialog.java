package studio.coanchor.ui.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import studio.coanchor.profile.HotkeyAction;
import studio.coanchor.profile.Hotkeys;
import studio.coanchor.profile.Profile;
import studio.coanchor.ui.Shortcuts;
import studio.coanchor.ui.StudioViewModel;
import studio.coanchor.ui.Theme;

/**
 * The active profile's settings that are not on the main window: the backend, where recordings and snapshots go, and
 * the keyboard shortcuts. OK is refused, with the reason shown, while a value is wrong.
 */
public final class SettingsDialog {
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField backendUrl = field("backend-url");
    private final TextField backendUser = field("backend-user");
    private final TextField recordFolder = field("record-folder");
    private final ComboBox<String> recordFormat = new ComboBox<>();
    private final TextField snapshotFolder = field("snapshot-folder");
    private final Map<HotkeyAction, ShortcutField> shortcuts = new EnumMap<>(HotkeyAction.class);
    private final Label problem = new Label();

    private SettingsDialog(Profile profile) {
        backendUrl.setText(profile.backend().url());
        backendUrl.setPromptText("empty: the studio's own backend; or http://HOST:PORT");
        backendUser.setText(profile.backend().user());
        backendUser.setPromptText("the anchor to log in as");
        recordFolder.setText(profile.stream().recordFolder());
        recordFormat.getItems().setAll("mp4", "flv");
        recordFormat.setValue(profile.stream().recordFormat());
        recordFormat.setId("record-format");
        snapshotFolder.setText(profile.stream().snapshotFolder());
        problem.setId("settings-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.add(heading("BACKEND"), 0, row++, 2, 1);
        grid.addRow(row++, label("Address"), backendUrl);
        grid.addRow(row++, label("Anchor"), backendUser);
        grid.add(heading("FILES"), 0, row++, 2, 1);
        grid.addRow(row++, label("Recordings"), recordFolder);
        grid.addRow(row++, label("Recording format"), recordFormat);
        grid.addRow(row++, label("Snapshots"), snapshotFolder);
        grid.add(heading("SHORTCUTS (click a field, press the keys)"), 0, row++, 2, 1);
        for (HotkeyAction action : HotkeyAction.values()) {
            ShortcutField field = new ShortcutField(action.in(profile.hotkeys()));
            field.setId("shortcut-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            shortcuts.put(action, field);
            grid.addRow(row++, label(action.label()), field);
        }
        GridPane.setHgrow(backendUrl, Priority.ALWAYS);

        dialog.setTitle("Settings · " + profile.name());
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(new VBox(12, grid, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                problem.setText(String.join("\n", problems));
                event.consume();
            }
        });
    }

    /** Shows the dialog for the active profile and applies what was changed when OK is pressed. */
    public static void open(StudioViewModel model, Window owner) {
        SettingsDialog settings = new SettingsDialog(model.activeProfile());
        settings.dialog.initOwner(owner);
        Theme.apply(settings.dialog.getDialogPane().getScene(), SettingsDialog.class, "settings.css");
        settings.dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.updateProfile(settings::applyTo));
    }

    private Profile applyTo(Profile profile) {
        Hotkeys hotkeys = profile.hotkeys();
        for (Map.Entry<HotkeyAction, ShortcutField> entry : shortcuts.entrySet()) {
            hotkeys = hotkeys.with(entry.getKey(), entry.getValue().getText());
        }
        return profile.withBackend(new Profile.Backend(backendUrl.getText(), backendUser.getText()))
                .withStream(profile.stream().withFolders(recordFolder.getText().strip(), recordFormat.getValue(),
                        snapshotFolder.getText().strip()))
                .withHotkeys(hotkeys);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        String url = backendUrl.getText().strip();
        if (!url.isEmpty() && !isBackendAddress(url)) {
            problems.add("The backend address must be empty (the studio's own) or http://HOST:PORT, was " + url);
        }
        String user = backendUser.getText().strip();
        if (!user.isEmpty() && !USER.matcher(user).matches()) {
            problems.add("The anchor must be 1 to 64 of A-Z a-z 0-9 _ -, was " + user);
        }
        if (recordFolder.getText().isBlank() || snapshotFolder.getText().isBlank()) {
            problems.add("Name a folder for recordings and one for snapshots");
        }
        Map<String, HotkeyAction> taken = new HashMap<>();
        for (Map.Entry<HotkeyAction, ShortcutField> entry : shortcuts.entrySet()) {
            String keys = entry.getValue().getText();
            Shortcuts.check(keys).ifPresent(reason -> problems.add(entry.getKey().label() + ": " + reason));
            HotkeyAction other = taken.putIfAbsent(keys, entry.getKey());
            if (other != null) {
                problems.add(keys + " is the shortcut for both " + other.label() + " and " + entry.getKey().label());
            }
        }
        return problems;
    }

    private static boolean isBackendAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Node heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
