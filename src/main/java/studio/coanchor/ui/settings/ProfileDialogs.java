package studio.coanchor.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import studio.coanchor.ui.StudioViewModel;
import studio.coanchor.ui.Theme;

/** The small dialogs of the Profile menu: a new profile from the current choices, a new name, deleting one. */
public final class ProfileDialogs {
    private ProfileDialogs() {
    }

    public static void create(StudioViewModel model, Window owner) {
        askName(owner, "New profile", "A profile with the current choices, named:", "", model::newProfile);
    }

    public static void rename(StudioViewModel model, Window owner) {
        String current = model.activeProfile().name();
        askName(owner, "Rename profile", "New name for " + current + ":", current, model::renameProfile);
    }

    public static void delete(StudioViewModel model, Window owner) {
        String name = model.activeProfile().name();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the profile " + name + "? Its choices and "
                + "shortcuts are lost.", ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(null);
        styled(confirm, owner);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            attempt(owner, () -> model.deleteProfile());
        }
    }

    private static void askName(Window owner, String title, String prompt, String initial, Consumer<String> use) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("profile-name");
        styled(dialog, owner);
        Optional<String> name = dialog.showAndWait().map(String::strip);
        name.ifPresent(chosen -> attempt(owner, () -> use.accept(chosen)));
    }

    /** Runs {@code change}; a refusal is shown in words and changes nothing. */
    private static void attempt(Window owner, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            Alert refused = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            refused.setHeaderText(null);
            styled(refused, owner);
            refused.showAndWait();
        }
    }

    private static void styled(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        Theme.apply(dialog.getDialogPane().getScene(), ProfileDialogs.class, "settings.css");
    }
}
