package studio.coanchor.ui;

import java.net.URL;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The studio window's content: preview, live figures, event log, and the controls to go live. */
public final class StudioView {
    private static final String STYLESHEET = "studio.css";
    private static final String HEADER_ICON = "icons/coanchor-32.png";
    /** The list's padding plus room for its vertical scroll bar. */
    private static final double LOG_SIDE_MARGINS = 24;

    private final StudioViewModel model;
    private final PreviewView preview;
    private final BorderPane root = new BorderPane();

    public StudioView(StudioViewModel model) {
        this.model = model;
        this.preview = new PreviewView(model.preview());
        root.getStyleClass().add("studio");
        root.setTop(header());
        root.setCenter(stage());
        root.setRight(eventLog());
        root.setBottom(controls());
    }

    public Parent root() {
        return root;
    }

    public PreviewView preview() {
        return preview;
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(StudioView.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    private HBox header() {
        Label title = new Label("CoAnchor Studio");
        title.getStyleClass().add("title");
        URL icon = StudioView.class.getResource(HEADER_ICON);
        if (icon != null) {
            ImageView mark = new ImageView(icon.toExternalForm());
            mark.setFitWidth(22);
            mark.setFitHeight(22);
            title.setGraphic(mark);
        }

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label badge = new Label();
        badge.setId("live-state");
        badge.getStyleClass().add("state-badge");
        badge.textProperty().bind(model.stateTextProperty().map(String::toUpperCase));
        model.stateProperty().subscribe(state -> toggleStyle(badge, "live", state == LiveState.LIVE));

        HBox header = new HBox(12, title, spacer, badge);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox stage() {
        preview.setId("preview");
        VBox.setVgrow(preview, Priority.ALWAYS);

        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.textProperty().bind(model.statusLineProperty());

        VBox stage = new VBox(8, preview, status);
        stage.getStyleClass().add("stage");
        return stage;
    }

    private VBox eventLog() {
        Label heading = new Label("Events");
        heading.getStyleClass().add("section-heading");

        ListView<String> list = new ListView<>(model.events());
        list.setId("event-log");
        list.getStyleClass().add("event-log");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("No events yet"));
        list.setCellFactory(cells -> wrappingCell(list));
        model.events().subscribe(() -> list.scrollTo(model.events().size() - 1));
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox side = new VBox(8, heading, list);
        side.getStyleClass().add("side");
        return side;
    }

    private HBox controls() {
        TextField url = new TextField();
        url.setId("url");
        url.setPromptText("rtmp://HOST/APP/STREAM");
        url.textProperty().bindBidirectional(model.urlProperty());
        url.disableProperty().bind(model.stateProperty().isNotEqualTo(LiveState.OFFLINE));
        url.setOnAction(event -> model.goLive());
        HBox.setHgrow(url, Priority.ALWAYS);

        ToggleButton mirror = new ToggleButton("Mirror");
        mirror.setId("mirror");
        mirror.selectedProperty().bindBidirectional(preview.mirroredProperty());

        Button snapshot = new Button("Snapshot");
        snapshot.setId("snapshot");
        snapshot.setOnAction(event -> model.snapshot());

        Button goLive = new Button();
        goLive.setId("go-live");
        goLive.getStyleClass().add("go-live");
        goLive.textProperty().bind(model.stateProperty().map(LiveState::action));
        goLive.disableProperty().bind(model.stateProperty().map(state -> !state.actionable()));
        model.stateProperty().subscribe(state -> toggleStyle(goLive, "live", state != LiveState.OFFLINE));
        goLive.setOnAction(event -> {
            if (model.stateProperty().get() == LiveState.OFFLINE) {
                model.goLive();
            } else {
                model.stop();
            }
        });

        Label target = new Label("Push to");
        target.getStyleClass().add("field-label");

        HBox controls = new HBox(10, target, url, mirror, snapshot, goLive);
        controls.getStyleClass().add("controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    /** A log line wraps inside the list's width instead of running off to the right. */
    private static ListCell<String> wrappingCell(ListView<String> list) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(LOG_SIDE_MARGINS));
        return cell;
    }

    private static void toggleStyle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
