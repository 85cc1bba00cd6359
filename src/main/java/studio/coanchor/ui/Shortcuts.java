package studio.coanchor.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import studio.coanchor.profile.HotkeyAction;
import studio.coanchor.profile.Hotkeys;

/**
 * A profile's hotkeys as key combinations. A shortcut must hold Shortcut (Ctrl or Cmd), Ctrl, Alt or Meta, or be a
 * function key, so that typing in a field never triggers one; one that is unreadable or taken by another action
 * falls back to its default, with a message saying so.
 */
public record Shortcuts(Map<HotkeyAction, KeyCombination> keys, List<String> problems) {

    public Shortcuts {
        keys = Map.copyOf(keys);
        problems = List.copyOf(problems);
    }

    public static Shortcuts of(Hotkeys hotkeys) {
        Map<HotkeyAction, KeyCombination> keys = new EnumMap<>(HotkeyAction.class);
        List<String> problems = new ArrayList<>();
        for (HotkeyAction action : HotkeyAction.values()) {
            String text = action.in(hotkeys);
            String fallback = action.in(Hotkeys.DEFAULT);
            Optional<String> problem = check(text);
            KeyCombination wanted = parse(problem.isEmpty() ? text : fallback);
            KeyCombination key = wanted;
            Optional<HotkeyAction> holder = keys.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(wanted)).map(Map.Entry::getKey).findFirst();
            if (problem.isEmpty() && holder.isPresent()) {
                problem = Optional.of(text + " is already the shortcut for " + holder.get().label());
                key = parse(fallback);
            }
            if (problem.isPresent()) {
                problems.add("The shortcut for " + action.label() + " is not used: " + problem.get() + "; it is "
                        + fallback + " instead.");
            }
            keys.put(action, key);
        }
        return new Shortcuts(keys, problems);
    }

    /** Why {@code text} cannot be a shortcut, or nothing when it can. */
    public static Optional<String> check(String text) {
        KeyCombination key;
        try {
            key = parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + text + "' is not a key combination such as Shortcut+Shift+L or F9");
        }
        if (!(key instanceof KeyCodeCombination codes)) {
            return Optional.of("'" + text + "' does not end in a key such as L or F9");
        }
        boolean modified = key.getShortcut() == KeyCombination.ModifierValue.DOWN
                || key.getControl() == KeyCombination.ModifierValue.DOWN
                || key.getAlt() == KeyCombination.ModifierValue.DOWN
                || key.getMeta() == KeyCombination.ModifierValue.DOWN;
        if (!modified && !codes.getCode().isFunctionKey()) {
            return Optional.of("'" + text + "' would fire while typing: add Shortcut, Ctrl or Alt, or use F1 to F12");
        }
        return Optional.empty();
    }

    public KeyCombination key(HotkeyAction action) {
        return keys.get(action);
    }

    /** The text a profile keeps for {@code code} pressed with these modifiers, such as {@code Shortcut+Shift+L}. */
    public static String textOf(KeyCode code, boolean shortcut, boolean shift, boolean alt) {
        StringBuilder text = new StringBuilder();
        if (shortcut) {
            text.append("Shortcut+");
        }
        if (shift) {
            text.append("Shift+");
        }
        if (alt) {
            text.append("Alt+");
        }
        return text.append(code.getName()).toString();
    }

    private static KeyCombination parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no key combination");
        }
        return KeyCombination.valueOf(text.strip());
    }
}
