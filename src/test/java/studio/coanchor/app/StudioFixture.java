package studio.coanchor.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.profile.Profile;
import studio.coanchor.profile.Settings;
import studio.coanchor.profile.SettingsStore;
import studio.coanchor.ui.StudioView;
import studio.coanchor.ui.StudioViewModel;
import studio.coanchor.ui.status.LogEntry;

/**
 * The studio window on a test's stage as the launcher opens it: the real engine, settings in a folder of the test
 * whose profile writes recordings and snapshots there too.
 */
final class StudioFixture implements AutoCloseable {
    final Path folder;
    final SettingsStore store;
    final StudioEngine engine;
    final StudioViewModel model;
    final StudioView view;
    final Stage stage;

    private StudioFixture(Path folder, StudioEngine engine, Stage stage) {
        this.folder = folder;
        this.store = new SettingsStore(folder.resolve("config"));
        this.engine = engine;
        this.stage = stage;
        this.model = new StudioViewModel(engine, store.load(), store);
        this.view = StudioLauncher.open(stage, model);
    }

    /** Opens the studio with settings already in {@code folder}'s config, if a test put some there. */
    static StudioFixture open(Stage stage, Path folder, StudioEngine engine) {
        return new StudioFixture(folder, engine, stage);
    }

    /** Saves default settings whose files go under {@code folder}, then opens the studio on them. */
    static StudioFixture openFresh(Stage stage, Path folder, StudioEngine engine) throws Exception {
        new SettingsStore(folder.resolve("config")).save(withFolders(Settings.defaults(), folder));
        return open(stage, folder, engine);
    }

    static Settings withFolders(Settings settings, Path folder) {
        Profile profile = settings.active();
        return settings.withActive(profile.withStream(profile.stream().withFolders(
                folder.resolve("recordings").toString(), "flv", folder.resolve("snapshots").toString())));
    }

    Path recordings() {
        return folder.resolve("recordings");
    }

    Path snapshots() {
        return folder.resolve("snapshots");
    }

    boolean logContains(String text) throws Exception {
        return onFx(() -> model.log().entries().stream().anyMatch(entry -> entry.line().contains(text)));
    }

    List<LogEntry> log() throws Exception {
        return onFx(() -> List.copyOf(model.log().entries()));
    }

    /** The text of every notification on screen. */
    static List<String> notifications(FxRobot robot) throws Exception {
        return onFx(() -> Window.getWindows().stream()
                .flatMap(window -> robot.from(window.getScene().getRoot()).lookup(".notification-bar").queryAll()
                        .stream())
                .map(StudioFixture::textOf)
                .toList());
    }

    /**
     * The screen bounds of every notification on screen that reaches into {@code node}'s column: notifications stack
     * upwards from the window's bottom, so one there covers the node once enough have stacked up.
     */
    static List<Bounds> notificationsInColumnOf(Node node) throws Exception {
        return onFx(() -> {
            Bounds covered = node.localToScreen(node.getBoundsInLocal());
            return Window.getWindows().stream()
                    .filter(window -> window.isShowing() && !window.getScene().getRoot().lookupAll(".notification-bar")
                            .isEmpty())
                    .map(window -> (Bounds) new BoundingBox(window.getX(), window.getY(), window.getWidth(),
                            window.getHeight()))
                    .filter(bounds -> bounds.getMinX() < covered.getMaxX() && bounds.getMaxX() > covered.getMinX())
                    .toList();
        });
    }

    /** What a notification says, as read: its lines joined by spaces. */
    private static String textOf(Node bar) {
        StringBuilder text = new StringBuilder();
        bar.lookupAll(".label").forEach(node -> text.append(((Label) node).getText()).append(' '));
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private boolean closed;

    /** Closes the window's model, then the engine; a second call does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            model.close();
            engine.close();
        }
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /** Waits until {@code read} gives text matching {@code pattern}; a timeout says what it gave last. */
    static void waitForText(Callable<String> read, String pattern) throws Exception {
        AtomicReference<String> last = new AtomicReference<>();
        try {
            waitUntil(() -> {
                last.set(read.call());
                return last.get() != null && last.get().matches(pattern);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected text matching " + pattern + " but the last was " + last.get(), e);
        }
    }

    /** Clicks what {@code query} finds once it is on screen: a menu or a list opens a moment after the click on it. */
    static void clickWhenShown(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(query);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(10, condition);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
