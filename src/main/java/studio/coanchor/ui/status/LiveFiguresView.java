package studio.coanchor.ui.status;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The status bar along the bottom of the window: where the broadcast stands on the left, the live figures on the
 * right, each coloured by {@link FigureRules} and explained by its tooltip. A figure's label has the id
 * {@code figure-<kind>} ({@code figure-fps}, ...).
 */
public final class LiveFiguresView {
    private final StatusBar bar = new StatusBar();

    public LiveFiguresView(LiveFigures figures, ObservableValue<String> summary) {
        bar.getStyleClass().add("live-figures");
        bar.textProperty().bind(summary);
        for (FigureKind kind : FigureKind.values()) {
            if (!bar.getRightItems().isEmpty()) {
                bar.getRightItems().add(new Separator(Orientation.VERTICAL));
            }
            bar.getRightItems().add(label(kind, figures.figure(kind)));
        }
    }

    public Node node() {
        return bar;
    }

    private static Label label(FigureKind kind, ObservableValue<Figure> figure) {
        Label label = new Label();
        label.setId("figure-" + kind.name().toLowerCase(Locale.ROOT));
        label.getStyleClass().add("figure");
        label.setTooltip(new Tooltip(kind.meaning()));
        figure.subscribe(shown -> {
            label.setText(shown.text());
            label.getStyleClass().removeAll(FigureLevel.WARNING.styleClass(), FigureLevel.DANGER.styleClass());
            if (shown.level() != FigureLevel.NORMAL) {
                label.getStyleClass().add(shown.level().styleClass());
            }
        });
        return label;
    }
}
