package studio.coanchor.ui.settings;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import studio.coanchor.profile.WindowPlacement;

/**
 * Puts a window where it was last time, unless no screen shows that place any more (a monitor was unplugged), and
 * reads where it is now. While maximized, the size it had before is what is remembered.
 */
public final class WindowMemory {
    private final Stage stage;
    private Rectangle2D normal;

    private WindowMemory(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener(observable -> rememberNormal());
        stage.yProperty().addListener(observable -> rememberNormal());
        stage.widthProperty().addListener(observable -> rememberNormal());
        stage.heightProperty().addListener(observable -> rememberNormal());
    }

    /** Restores {@code placement} on {@code stage} (before it is shown) and tracks it from then on. */
    public static WindowMemory restore(Stage stage, Optional<WindowPlacement> placement) {
        placement.filter(WindowMemory::onSomeScreen).ifPresent(place -> {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.setMaximized(place.maximized());
        });
        return new WindowMemory(stage);
    }

    /** Where the window is now. */
    public WindowPlacement placement() {
        Rectangle2D bounds = normal != null ? normal
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new WindowPlacement(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(),
                stage.isMaximized());
    }

    private void rememberNormal() {
        if (!stage.isMaximized() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private static boolean onSomeScreen(WindowPlacement place) {
        // The title bar must be on a screen for the window to be reachable.
        return !Screen.getScreensForRectangle(place.x(), place.y(), place.width(), 32).isEmpty();
    }
}
