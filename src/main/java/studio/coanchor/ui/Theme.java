package studio.coanchor.ui;

import java.util.Objects;
import javafx.scene.Scene;

/**
 * The studio's dark theme: {@code theme.css} holds the shared colours and the look of every control; each view adds
 * its own stylesheet beside its class. Every window of the studio applies the theme to its scene.
 */
public final class Theme {
    private Theme() {
    }

    /** Adds the theme, then each of {@code stylesheets} (resources next to {@code owner}), to {@code scene}. */
    public static void apply(Scene scene, Class<?> owner, String... stylesheets) {
        scene.getStylesheets().add(url(Theme.class, "theme.css"));
        for (String stylesheet : stylesheets) {
            scene.getStylesheets().add(url(owner, stylesheet));
        }
    }

    private static String url(Class<?> owner, String name) {
        return Objects.requireNonNull(owner.getResource(name), "stylesheet " + name + " beside " + owner.getName())
                .toExternalForm();
    }
}
