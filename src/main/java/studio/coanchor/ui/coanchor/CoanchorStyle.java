package studio.coanchor.ui.coanchor;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The co-anchor views' stylesheets: the studio's (its colours and controls, shared by every window) and their own.
 * The panel sits in the studio window, which carries the studio's already; dialogs and co-anchor windows take both.
 */
final class CoanchorStyle {
    private static final String STUDIO = "/studio/coanchor/ui/studio.css";
    private static final String OWN = "coanchor.css";

    private CoanchorStyle() {
    }

    static void panel(Parent root) {
        root.getStylesheets().add(url(OWN));
    }

    static void window(Scene scene) {
        scene.getStylesheets().addAll(List.of(url(STUDIO), url(OWN)));
    }

    private static String url(String name) {
        return CoanchorStyle.class.getResource(name).toExternalForm();
    }
}
