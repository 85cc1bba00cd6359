package studio.coanchor.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void noFileYetGivesTheDefaultsWithoutComplaint() {
        LoadedSettings loaded = new SettingsStore(folder.resolve("not-yet")).load();

        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.problem().isEmpty());
        assertEquals("Default", loaded.settings().active().name());
        assertEquals(new Profile.Devices("camera", "mic"), loaded.settings().active().devices());
        assertEquals("Shortcut+Shift+L", loaded.settings().active().hotkeys().goLive());
    }

    @Test
    void savedSettingsComeBackEqual() throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("nested/config"));
        Profile night = Profile.named("Night show")
                .withBackend(new Profile.Backend("http://10.0.0.5:8090", "alice"))
                .withStream(Profile.Stream.defaults().withTarget(Profile.Target.BACKEND).withUrl("rtmp://h/live/s"))
                .withQuality(new Profile.Quality("GAME_HD", "portrait", "x264"))
                .withDevices(new Profile.Devices("screen:0,0,1280,720", "none"))
                .withHotkeys(Hotkeys.DEFAULT.with(HotkeyAction.MUTE, "F8"));
        Settings settings = Settings.defaults().withNewProfile(night)
                .withWindow("main", new WindowPlacement(40, 30, 1280, 760, false));

        store.save(settings);
        LoadedSettings loaded = store.load();

        assertEquals(settings, loaded.settings());
        assertTrue(loaded.problem().isEmpty());
        assertEquals("Night show", loaded.settings().active().name());
        assertFalse(Files.exists(store.file().resolveSibling("settings.json.tmp")));
        String text = Files.readString(store.file());
        assertTrue(text.contains("\"target\" : \"backend\""), text);
    }

    @Test
    void aFileThatIsNotJsonIsKeptAsBakAndTheDefaultsAreUsed() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{ \"activeProfile\": \"Default\",\n  \"profiles\": [ {\"name\": ");

        LoadedSettings loaded = store.load();

        assertEquals(Settings.defaults(), loaded.settings());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.startsWith("The settings file " + store.file() + " is broken: it is not valid JSON at line 2"),
                problem);
        assertTrue(problem.endsWith("It was kept as settings.json.bak and the defaults are used."), problem);
        assertFalse(Files.exists(store.file()));
        assertTrue(Files.readString(store.backup()).contains("\"profiles\": [ {\"name\": "));
    }

    @Test
    void wrongValuesNameTheKeyAtFault() throws Exception {
        assertProblem("{\"profiles\": [{\"name\": \"A\", \"quality\": {\"preset\": \"HD\", \"fps\": 30}}]}",
                "unknown key 'profiles[0].quality.fps'");
        assertProblem("{\"activeProfile\": \"B\", \"profiles\": [{\"name\": \"A\"}]}",
                "activeProfile 'B' names no profile; profiles are A");
        assertProblem("{\"profiles\": [{\"name\": \"A\", \"stream\": {\"target\": \"ftp\"}}]}",
                "profiles[0].stream.target has the wrong kind of value: expected one of url, backend");
        assertProblem("{\"profiles\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}",
                "two profiles are named 'A': names must differ");
        assertProblem("{\"windows\": {\"main\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 10, "
                + "\"maximized\": false}}}", "windows.main: a window placement needs finite x and y and a size above zero");
        assertProblem("{\"windows\": {\"main\": {\"x\": 0, \"y\": 0, \"width\": 5, \"height\": 10}}}",
                "windows.main.maximized is missing: expected true or false");
        assertProblem("[]", "expected an object");
        assertProblem("  ", "it holds no settings object");
    }

    @Test
    void aSecondBrokenFileReplacesTheOldBackup() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "first");
        store.load();
        Files.writeString(store.file(), "second");

        store.load();

        assertEquals("second", Files.readString(store.backup()));
    }

    @Test
    void profilesKeepTheirRules() {
        assertThrows(IllegalArgumentException.class, () -> Profile.named(" leading space"));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().without("Default"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Settings.defaults().withNewProfile(Profile.named("Default")));
        assertEquals("a profile named 'Default' exists already: pick another name", twice.getMessage());

        Settings two = Settings.defaults().withNewProfile(Profile.named("Second"));
        assertEquals("Default", two.without("Second").activeProfile());
        assertEquals("Second", two.switchedTo("Default").without("Default").activeProfile());
        assertEquals("Renamed", two.withActive(two.active().withName("Renamed")).activeProfile());
    }

    private void assertProblem(String json, String expected) throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), json);
        LoadedSettings loaded = store.load();
        String problem = loaded.problem().orElseThrow(() -> new AssertionError("no problem reported for " + json));
        assertTrue(problem.contains(expected), problem);
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(Files.exists(store.backup()));
    }
}
