package studio.coanchor.ui.status;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The last minute of a push as two charts over the same time axis: the encoded bitrate against the send speed, and
 * below it the queue of packets waiting. A gap between the two upper lines with a growing queue is a clogged uplink.
 */
public final class SendChartView {
    private final SendHistory history;
    private final XYChart.Series<Number, Number> bitrate = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> sent = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> queue = new XYChart.Series<>();
    private final VBox root;

    public SendChartView(SendHistory history) {
        this.history = history;
        bitrate.setName("Bitrate (VRA+ARA)");
        sent.setName("Send speed (SPD)");
        queue.setName("Queue (packets)");

        LineChart<Number, Number> speeds = new LineChart<>(timeAxis(false), valueAxis("kbit/s"));
        speeds.setId("send-chart");
        speeds.getData().addAll(List.of(bitrate, sent));
        speeds.setCreateSymbols(false);
        style(speeds);

        AreaChart<Number, Number> waiting = new AreaChart<>(timeAxis(true), valueAxis("queue"));
        waiting.setId("queue-chart");
        waiting.getData().add(queue);
        waiting.setCreateSymbols(false);
        waiting.setLegendVisible(false);
        waiting.getStyleClass().add("queue-chart");
        style(waiting);

        VBox.setVgrow(speeds, Priority.ALWAYS);
        root = new VBox(speeds, waiting);
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

    private static NumberAxis timeAxis(boolean labelled) {
        NumberAxis axis = new NumberAxis(-SendHistory.WINDOW_SECONDS, 0, 10);
        axis.setAutoRanging(false);
        axis.setTickLabelsVisible(labelled);
        axis.setMinorTickVisible(false);
        if (labelled) {
            axis.setLabel("seconds ago");
        }
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static void style(XYChart<Number, Number> chart) {
        chart.setAnimated(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.getStyleClass().add("send-chart");
    }
}
