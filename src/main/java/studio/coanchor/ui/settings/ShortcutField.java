package studio.coanchor.ui.settings;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import studio.coanchor.ui.Shortcuts;

/** A field that records the key combination pressed in it, in the words a profile keeps ({@code Shortcut+Shift+L}). */
final class ShortcutField extends TextField {

    ShortcutField(String initial) {
        super(initial);
        setEditable(false);
        setPromptText("press the keys");
        addEventFilter(KeyEvent.KEY_PRESSED, this::record);
    }

    private void record(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isModifierKey() || code == KeyCode.TAB || code == KeyCode.UNDEFINED) {
            return;
        }
        if (code == KeyCode.ESCAPE) {
            return;
        }
        setText(Shortcuts.textOf(code, event.isShortcutDown(), event.isShiftDown(), event.isAltDown()));
        event.consume();
    }
}
