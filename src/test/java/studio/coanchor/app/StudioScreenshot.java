package studio.coanchor.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import studio.coanchor.profile.Settings;
import studio.coanchor.profile.SettingsStore;
import studio.coanchor.testkit.RtmpReceiver;
import studio.coanchor.ui.StudioViewModel;

/**
 * Takes the README's picture of the main window from a real run: the studio on the test pattern, live to FFmpeg's
 * RTMP server in this process for {@code SECONDS} (default 25), so the chart has history, then the window as PNG.
 * Runs headless on Monocle:
 * {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=studio.coanchor.app.StudioScreenshot -Dexec.args="docs/screenshot-main.png"}
 */
public final class StudioScreenshot {
    private StudioScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target/screenshots/main.png");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        for (String[] property : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"}}) {
            System.setProperty(property[0], property[1]);
        }
        Path folder = Files.createTempDirectory("coanchor-screenshot");
        SettingsStore store = new SettingsStore(folder.resolve("config"));
        try (RtmpReceiver server = new RtmpReceiver(); StudioEngine engine = new StudioEngine()) {
            Settings settings = StudioFixture.withFolders(Settings.defaults(), folder);
            store.save(settings.withActive(settings.active().withStream(settings.active().stream()
                    .withUrl(server.url()))));
            CompletableFuture<StudioViewModel> opened = new CompletableFuture<>();
            CompletableFuture<Stage> window = new CompletableFuture<>();
            Platform.startup(() -> {
                Stage stage = new Stage();
                StudioViewModel model = new StudioViewModel(engine, store.load(), store);
                StudioLauncher.open(stage, model);
                window.complete(stage);
                opened.complete(model);
            });
            StudioViewModel model = opened.get(60, TimeUnit.SECONDS);
            Thread.sleep(4_000);
            Platform.runLater(model::goLive);
            Thread.sleep(seconds * 1000L);
            CompletableFuture<WritableImage> picture = new CompletableFuture<>();
            Stage stage = window.get();
            Platform.runLater(() -> picture.complete(stage.getScene().snapshot(null)));
            PngFile.write(picture.get(10, TimeUnit.SECONDS), target);
            Platform.runLater(() -> {
                model.close();
                stage.hide();
            });
            System.out.println("Wrote " + target.toAbsolutePath());
        } finally {
            Platform.exit();
        }
    }
}
