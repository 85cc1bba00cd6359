package studio.coanchor.profile;

import java.util.Objects;

/**
 * The studio's keyboard shortcuts, written as JavaFX key combinations ({@code Shortcut+Shift+L}: Shortcut is Ctrl,
 * or Cmd on macOS). The window checks each one when it binds it.
 */
public record Hotkeys(String goLive, String record, String snapshot, String mute) {
    public static final Hotkeys DEFAULT = new Hotkeys(null, null, null, null);

    public Hotkeys {
        goLive = Objects.requireNonNullElse(goLive, "Shortcut+Shift+L").strip();
        record = Objects.requireNonNullElse(record, "Shortcut+Shift+R").strip();
        snapshot = Objects.requireNonNullElse(snapshot, "Shortcut+Shift+S").strip();
        mute = Objects.requireNonNullElse(mute, "Shortcut+Shift+M").strip();
    }

    /** These shortcuts with {@code action} bound to {@code combination}. */
    public Hotkeys with(HotkeyAction action, String combination) {
        return new Hotkeys(action == HotkeyAction.GO_LIVE ? combination : goLive,
                action == HotkeyAction.RECORD ? combination : record,
                action == HotkeyAction.SNAPSHOT ? combination : snapshot,
                action == HotkeyAction.MUTE ? combination : mute);
    }
}
