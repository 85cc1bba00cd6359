package studio.coanchor.ui.status;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.coanchor.media.PushStatus;

/** The status bar's figures as properties, changed on the JavaFX thread once per push status. */
public final class LiveFigures {
    private final Map<FigureKind, ReadOnlyObjectWrapper<Figure>> figures = new EnumMap<>(FigureKind.class);
    private long framesEncoded;

    public LiveFigures() {
        FigureRules.offline().forEach((kind, figure) -> figures.put(kind, new ReadOnlyObjectWrapper<>(this,
                kind.name(), figure)));
    }

    public ReadOnlyObjectProperty<Figure> figure(FigureKind kind) {
        return figures.get(kind).getReadOnlyProperty();
    }

    /** Shows {@code status}; {@code targetFps} is the rate the push's preset asks for. */
    public void show(PushStatus status, int targetFps) {
        framesEncoded += status.fps();
        FigureRules.read(status, targetFps, framesEncoded).forEach((kind, figure) -> figures.get(kind).set(figure));
    }

    /** Back to the offline figures; the next push counts its frames afresh. */
    public void clear() {
        framesEncoded = 0;
        FigureRules.offline().forEach((kind, figure) -> figures.get(kind).set(figure));
    }
}
