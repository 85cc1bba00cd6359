package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.app.StudioFixture.clickWhenShown;
import static studio.coanchor.app.StudioFixture.onFx;
import static studio.coanchor.app.StudioFixture.waitForText;
import static studio.coanchor.app.StudioFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import studio.coanchor.profile.Profile;
import studio.coanchor.profile.Settings;
import studio.coanchor.profile.SettingsStore;
import studio.coanchor.profile.WindowPlacement;
import studio.coanchor.ui.Choice;

/** Settings the studio starts from and keeps: a broken file, the window's place, profiles and the settings dialog. */
@ExtendWith(ApplicationExtension.class)
class StudioSettingsTest {
    private static final String BROKEN = "{\"activeProfile\": \"Default\", \"profiles\": [ {\"name\": \"Default\",";
    private static final WindowPlacement SAVED_PLACE = new WindowPlacement(100, 40, 1000, 640, false);

    @TempDir
    static Path folders;

    private final StudioEngine engine = new StudioEngine();
    private final Path folder;
    private StudioFixture studio;

    /** Writes the settings the test starts from: a broken file for the test about one, a good one otherwise. */
    StudioSettingsTest(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        folder = Files.createDirectories(folders.resolve(name));
        SettingsStore store = new SettingsStore(folder.resolve("config"));
        Files.createDirectories(store.file().getParent());
        if (name.startsWith("aBroken")) {
            Files.writeString(store.file(), BROKEN);
        } else {
            store.save(StudioFixture.withFolders(Settings.defaults(), folder).withWindow(StudioLauncher.MAIN_WINDOW,
                    SAVED_PLACE));
        }
    }

    @Start
    void start(Stage stage) {
        studio = StudioFixture.open(stage, folder, engine);
    }

    @Stop
    void stop() {
        studio.close();
    }

    @Test
    void aBrokenSettingsFileIsKeptAsBakTheUserToldAndTheDefaultsUsed(FxRobot robot) throws Exception {
        waitUntil(() -> StudioFixture.notifications(robot).stream().anyMatch(text -> text.startsWith("Settings reset")
                && text.contains("is broken: it is not valid JSON") && text.contains("kept as settings.json.bak")));
        assertTrue(studio.logContains("The settings file " + studio.store.file() + " is broken"));
        assertEquals(BROKEN, Files.readString(studio.store.backup()));
        waitUntil(() -> studio.view.preview().framesShownProperty().get() > 3);
        assertEquals("Default", onFx(() -> robot.lookup("#profile").queryComboBox().getValue()));

        onFx(() -> {
            studio.stage.hide();
            return null;
        });
        studio.close();

        Settings rewritten = studio.store.load().settings();
        assertEquals(Profile.named("Default").quality(), rewritten.active().quality());
        assertTrue(rewritten.windows().containsKey(StudioLauncher.MAIN_WINDOW));
    }

    @Test
    void theWindowOpensWhereItWasAndRemembersWhereItWent() throws Exception {
        assertEquals(SAVED_PLACE, new WindowPlacement(studio.stage.getX(), studio.stage.getY(),
                studio.stage.getWidth(), studio.stage.getHeight(), studio.stage.isMaximized()));

        onFx(() -> {
            studio.stage.setX(60);
            studio.stage.setY(20);
            studio.stage.setWidth(1100);
            studio.stage.setHeight(700);
            studio.stage.hide();
            return null;
        });
        studio.close();

        assertEquals(new WindowPlacement(60, 20, 1100, 700, false),
                studio.store.load().settings().windows().get(StudioLauncher.MAIN_WINDOW));
    }

    @Test
    void eachProfileKeepsItsOwnChoices(FxRobot robot) throws Exception {
        ComboBox<?> quality = robot.lookup("#quality").queryComboBox();
        waitUntil(() -> onFx(() -> quality.getValue() != null));
        assertEquals("HD", onFx(() -> ((Choice) quality.getValue()).id()));

        robot.clickOn("#menu-profile");
        clickWhenShown(robot, "New Profile from These Choices…");
        robot.clickOn("#profile-name").write("Night show").type(KeyCode.ENTER);
        waitForText(() -> onFx(() -> String.valueOf(robot.lookup("#profile").queryComboBox().getValue())),
                "Night show");
        robot.clickOn("#quality");
        clickWhenShown(robot, "SD · 640x360 · 15 fps · 800 kbit/s");
        waitUntil(() -> studio.store.load().settings().active().quality().preset().equals("SD"));

        robot.clickOn("#profile");
        clickWhenShown(robot, "Default");

        waitUntil(() -> onFx(() -> ((Choice) quality.getValue()).id()).equals("HD"));
        waitUntil(() -> onFx(() -> studio.model.pictureProperty().get().width()) == 960);
        Settings saved = studio.store.load().settings();
        assertEquals("Default", saved.activeProfile());
        assertEquals("SD", saved.profile("Night show").quality().preset());
        assertEquals("HD", saved.profile("Default").quality().preset());
    }

    @Test
    void theSettingsDialogRefusesABadBackendAndRebindsAShortcut(FxRobot robot) throws Exception {
        waitUntil(() -> studio.view.preview().framesShownProperty().get() >= 1);
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#backend-url").queryAll().isEmpty());

        robot.clickOn("#backend-url").write("ftp://example");
        clickWhenShown(robot, "OK");
        assertTrue(onFx(() -> robot.lookup("#settings-problem").queryAs(Label.class).getText())
                .contains("The backend address must be empty (the studio's own) or http://HOST:PORT, was ftp://example"));
        robot.doubleClickOn("#backend-url").eraseText(20);
        robot.clickOn("#shortcut-snapshot").type(KeyCode.F9);
        assertEquals("F9", onFx(() -> robot.lookup("#shortcut-snapshot").queryTextInputControl().getText()));
        clickWhenShown(robot, "OK");
        waitUntil(() -> robot.lookup("#backend-url").queryAll().isEmpty());

        robot.type(KeyCode.F9);

        waitUntil(() -> studio.logContains("Snapshot saved to " + studio.snapshots()));
        Profile saved = studio.store.load().settings().active();
        assertEquals("F9", saved.hotkeys().snapshot());
        assertTrue(saved.backend().inProcess());
        assertFalse(studio.logContains("The shortcut for"));
    }
}
