package studio.coanchor.profile;

import java.util.function.Function;

/** What a keyboard shortcut of the studio does. */
public enum HotkeyAction {
    GO_LIVE("Go live / stop", Hotkeys::goLive),
    RECORD("Record / stop recording", Hotkeys::record),
    SNAPSHOT("Snapshot", Hotkeys::snapshot),
    MUTE("Mute / unmute the microphone", Hotkeys::mute);

    private final String label;
    private final Function<Hotkeys, String> binding;

    HotkeyAction(String label, Function<Hotkeys, String> binding) {
        this.label = label;
        this.binding = binding;
    }

    public String label() {
        return label;
    }

    /** The key combination {@code hotkeys} gives this action. */
    public String in(Hotkeys hotkeys) {
        return binding.apply(hotkeys);
    }
}
