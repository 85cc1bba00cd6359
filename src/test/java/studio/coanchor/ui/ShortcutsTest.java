package studio.coanchor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import studio.coanchor.profile.HotkeyAction;
import studio.coanchor.profile.Hotkeys;

class ShortcutsTest {

    @Test
    void theDefaultsAreShortcutShiftLetters() {
        Shortcuts shortcuts = Shortcuts.of(Hotkeys.DEFAULT);

        assertTrue(shortcuts.problems().isEmpty());
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+L"), shortcuts.key(HotkeyAction.GO_LIVE));
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+M"), shortcuts.key(HotkeyAction.MUTE));
    }

    @Test
    void aBadOrTakenShortcutFallsBackToItsDefaultAndSaysWhy() {
        Hotkeys hotkeys = Hotkeys.DEFAULT.with(HotkeyAction.RECORD, "R")
                .with(HotkeyAction.SNAPSHOT, "Shortcut+Shift+L")
                .with(HotkeyAction.MUTE, "F8");

        Shortcuts shortcuts = Shortcuts.of(hotkeys);

        assertEquals(KeyCombination.valueOf("Shortcut+Shift+R"), shortcuts.key(HotkeyAction.RECORD));
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+S"), shortcuts.key(HotkeyAction.SNAPSHOT));
        assertEquals(KeyCombination.valueOf("F8"), shortcuts.key(HotkeyAction.MUTE));
        assertEquals(2, shortcuts.problems().size(), shortcuts.problems().toString());
        assertEquals("The shortcut for Record / stop recording is not used: 'R' would fire while typing: add Shortcut,"
                + " Ctrl or Alt, or use F1 to F12; it is Shortcut+Shift+R instead.", shortcuts.problems().get(0));
        assertEquals("The shortcut for Snapshot is not used: Shortcut+Shift+L is already the shortcut for Go live / "
                + "stop; it is Shortcut+Shift+S instead.", shortcuts.problems().get(1));
    }

    @Test
    void textThatIsNoKeyCombinationIsNamed() {
        assertEquals("'Ctrl+' is not a key combination such as Shortcut+Shift+L or F9",
                Shortcuts.check("Ctrl+").orElseThrow());
        assertTrue(Shortcuts.check("Alt+F4").isEmpty());
        assertEquals("Shortcut+Shift+K", Shortcuts.textOf(KeyCode.K, true, true, false));
        assertEquals("Alt+F9", Shortcuts.textOf(KeyCode.F9, false, false, true));
    }
}
