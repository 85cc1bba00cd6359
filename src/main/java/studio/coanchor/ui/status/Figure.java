package studio.coanchor.ui.status;

/** One figure as the status bar shows it. */
public record Figure(String text, FigureLevel level) {

    static Figure normal(String text) {
        return new Figure(text, FigureLevel.NORMAL);
    }
}
