package studio.coanchor.app;

import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import studio.coanchor.profile.SettingsStore;
import studio.coanchor.ui.StudioView;
import studio.coanchor.ui.StudioViewModel;
import studio.coanchor.ui.settings.WindowMemory;

/**
 * Opens the studio window on the engine handed to {@link #launch}, with the settings from the OS's configuration
 * folder, where the window was last time; returns when the window is closed.
 */
public final class StudioLauncher extends Application {
    static final String MAIN_WINDOW = "main";

    /** JavaFX creates the Application itself, so the engine can only reach it through a static. */
    private static volatile StudioEngine engine;

    private StudioViewModel viewModel;
    private StudioPanels panels;

    static void launch(StudioEngine studioEngine) {
        engine = Objects.requireNonNull(studioEngine, "engine");
        Application.launch(StudioLauncher.class);
    }

    @Override
    public void start(Stage stage) {
        SettingsStore store = SettingsStore.standard();
        viewModel = new StudioViewModel(engine, store.load(), store);
        StudioView view = open(stage, viewModel);
        panels = StudioPanels.mount(view, engine, store.file().resolveSibling("layouts"));
    }

    /** Shows the main window of {@code model} on {@code stage}, placed as it was, and starts the model. */
    static StudioView open(Stage stage, StudioViewModel model) {
        StudioView view = new StudioView(model);
        stage.setTitle("CoAnchor Studio");
        Stream.of(32, 64, 256, 512)
                .map(size -> StudioLauncher.class.getResource("/studio/coanchor/ui/icons/coanchor-" + size + ".png"))
                .filter(Objects::nonNull)
                .forEach(icon -> stage.getIcons().add(new Image(icon.toExternalForm())));
        stage.setScene(view.createScene(1280, 760));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        WindowMemory memory = WindowMemory.restore(stage, model.windowPlacement(MAIN_WINDOW));
        stage.setOnHiding(event -> model.rememberWindow(MAIN_WINDOW, memory.placement()));
        stage.show();
        model.start();
        return view;
    }

    @Override
    public void stop() {
        panels.close();
        viewModel.close();
    }
}
