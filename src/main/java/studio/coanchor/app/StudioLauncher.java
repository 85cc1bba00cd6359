package studio.coanchor.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import studio.coanchor.ui.BroadcastControl;
import studio.coanchor.ui.StudioView;
import studio.coanchor.ui.StudioViewModel;

/** Opens the studio window on the engine handed to {@link #launch}; returns when the window is closed. */
public final class StudioLauncher extends Application {
    /** JavaFX creates the Application itself, so the engine can only reach it through a static. */
    private static volatile BroadcastControl control;

    private StudioViewModel viewModel;

    public static void launch(BroadcastControl engine) {
        control = Objects.requireNonNull(engine, "engine");
        Application.launch(StudioLauncher.class);
    }

    @Override
    public void start(Stage stage) {
        Path snapshots = Path.of(System.getProperty("user.home"), "Pictures", "CoAnchor");
        viewModel = new StudioViewModel(control, snapshots);
        StudioView view = new StudioView(viewModel);
        stage.setTitle("CoAnchor Studio");
        Stream.of(32, 64, 256, 512)
                .map(size -> StudioLauncher.class.getResource("/studio/coanchor/ui/icons/coanchor-" + size + ".png"))
                .filter(Objects::nonNull)
                .forEach(icon -> stage.getIcons().add(new Image(icon.toExternalForm())));
        stage.setScene(view.createScene(1280, 760));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        stage.show();
    }

    @Override
    public void stop() {
        viewModel.close();
    }
}
