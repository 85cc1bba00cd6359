package studio.coanchor.ui.coanchor;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The owner's dialog for an incoming request: who asks for what, the seconds left to answer with a bar that empties,
 * Accept and Reject. Closing it rejects; it closes by itself once the request is answered, times out or is withdrawn.
 */
public final class JoinRequestDialog {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    public JoinRequestDialog(JoinRequestViewModel request, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(request.topic() == JoinRequestViewModel.Topic.LINK ? "Co-anchor request" : "PK request");
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);

        Label question = new Label(request.question());
        question.setId("request-question");
        question.getStyleClass().add("request-question");
        question.setWrapText(true);

        Label explanation = new Label(request.topic() == JoinRequestViewModel.Topic.LINK
                ? "Accepting plays " + request.requesterId() + " beside you, and viewers see you both."
                : "Accepting plays " + request.requesterId() + " beside you, and each room's viewers see the contest.");
        explanation.getStyleClass().add("field-label");
        explanation.setWrapText(true);

        int total = request.secondsLeftProperty().get();
        Label countdown = new Label();
        countdown.setId("request-countdown");
        countdown.getStyleClass().add("request-countdown");
        countdown.textProperty().bind(request.secondsLeftProperty()
                .map(seconds -> "Rejected in " + seconds + " s without an answer"));
        ProgressBar left = new ProgressBar();
        left.getStyleClass().add("request-time");
        left.setMaxWidth(Double.MAX_VALUE);
        left.progressProperty().bind(request.secondsLeftProperty().map(seconds -> seconds.doubleValue() / total));

        Button reject = new Button("Reject");
        reject.setId("request-reject");
        reject.setCancelButton(true);
        reject.setOnAction(event -> request.reject());
        Button accept = new Button("Accept");
        accept.setId("request-accept");
        accept.getStyleClass().add("accept");
        accept.setDefaultButton(true);
        accept.setOnAction(event -> request.accept());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, reject, accept);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(10, question, explanation, left, countdown, buttons);
        content.getStyleClass().addAll("coanchor", "request-dialog");
        content.setPrefWidth(380);
        Scene scene = new Scene(content);
        CoanchorStyle.window(scene);
        stage.setScene(scene);

        stage.setOnCloseRequest(event -> request.reject());
        request.openProperty().subscribe(open -> {
            if (!open) {
                stage.close();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
