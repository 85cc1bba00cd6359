package studio.coanchor.ui.status;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The last minute of a push as two charts over the same time axis: the encoded bitrate (VRA + ARA) against the send
 * speed (SPD), and below it the queue of packets waiting (QUE). A gap between the two upper lines with a growing queue
 * is a clogged uplink.
 */
public final class SendChartView {
    private final SendHistory history;
    private final XYChart.Series<Number, Number> bitrate = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> sent = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> queue = new XYChart.Series<>();
    private final VBox root;

    public SendChartView(SendHistory history) {
        this.history = history;
        bitrate.setName("Bitrate");
        sent.setName("Sent (SPD)");
        queue.setName("Queue");

        LineChart<Number, Number> speeds = new LineChart<>(timeAxis(false), valueAxis("kbit/s"));
        speeds.setId("send-chart");
        speeds.getData().addAll(List.of(bitrate, sent));
        speeds.setCreateSymbols(false);
        style(speeds);

        AreaChart<Number, Number> waiting = new AreaChart<>(timeAxis(true), valueAxis(null));
        waiting.setId("queue-chart");
        waiting.getData().add(queue);
        waiting.setCreateSymbols(false);
        waiting.getStyleClass().add("queue-chart");
        style(waiting);

        HBox legend = new HBox(12, key(bitrate.getName(), "key-bitrate"), key(sent.getName(), "key-sent"),
                key(queue.getName(), "key-queue"));
        legend.getStyleClass().add("chart-key");
        VBox.setVgrow(speeds, Priority.ALWAYS);
        root = new VBox(2, legend, speeds, waiting);
        root.getStyleClass().add("send-charts");
        history.samples().addListener((ListChangeListener<SendHistory.Sample>) change -> redraw());
        redraw();
    }

    public Node node() {
        return root;
    }

    private void redraw() {
        List<SendHistory.Sample> samples = history.samples();
        if (samples.isEmpty()) {
            bitrate.getData().clear();
            sent.getData().clear();
            queue.getData().clear();
            return;
        }
        long newest = samples.get(samples.size() - 1).epochMillis();
        bitrate.getData().setAll(samples.stream().map(sample -> point(sample, newest, sample.bitrateKbps())).toList());
        sent.getData().setAll(samples.stream().map(sample -> point(sample, newest, sample.sendKbps())).toList());
        queue.getData().setAll(samples.stream().map(sample -> point(sample, newest, sample.queue())).toList());
    }

    private static XYChart.Data<Number, Number> point(SendHistory.Sample sample, long newest, int value) {
        return new XYChart.Data<>((sample.epochMillis() - newest) / 1000.0, value);
    }

    /** The charts' own legends give way when space is short; this one always shows. */
    private static Label key(String text, String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("key-swatch", styleClass);
        Label key = new Label(text, swatch);
        key.getStyleClass().add("key");
        return key;
    }

    private static NumberAxis timeAxis(boolean labelled) {
        NumberAxis axis = new NumberAxis(-SendHistory.WINDOW_SECONDS, 0, 10);
        axis.setAutoRanging(false);
        axis.setTickLabelsVisible(labelled);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new WholeNumbers() {
            @Override
            public String toString(Number seconds) {
                long ago = -Math.round(seconds.doubleValue());
                return ago == 0 ? "now" : ago + " s";
            }
        });
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new WholeNumbers());
        return axis;
    }

    private static void style(XYChart<Number, Number> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.getStyleClass().add("send-chart");
    }

    /** Axis ticks without fractions. */
    private static class WholeNumbers extends StringConverter<Number> {
        @Override
        public String toString(Number value) {
            return Long.toString(Math.round(value.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            return Long.parseLong(text.replaceAll("[^0-9-]", ""));
        }
    }
}
