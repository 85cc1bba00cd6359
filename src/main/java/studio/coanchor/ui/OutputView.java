package studio.coanchor.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import studio.coanchor.profile.Profile;
import studio.coanchor.profile.Settings;

/**
 * How and where the picture goes: quality preset and orientation, the H.264 encoder (the ones that do not open on
 * this machine are listed but cannot be picked), and the push target: a typed URL or the URL the backend signs.
 */
final class OutputView {
    private static final List<Choice> ORIENTATIONS = List.of(Choice.of("landscape", "Landscape"),
            Choice.of("portrait", "Portrait"));

    private final StudioViewModel model;
    private final ComboBox<Choice> quality = new ComboBox<>();
    private final ComboBox<Choice> orientation = new ComboBox<>();
    private final ComboBox<Choice> encoder = new ComboBox<>();
    private final GridPane root = new GridPane();
    private boolean following;

    OutputView(StudioViewModel model) {
        this.model = model;
        quality.setId("quality");
        orientation.setId("orientation");
        encoder.setId("encoder");
        orientation.getItems().setAll(ORIENTATIONS);
        encoder.setCellFactory(list -> new EncoderCell());
        for (ComboBox<Choice> box : List.of(quality, orientation, encoder)) {
            box.setPrefWidth(110);
            box.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }

        Label heading = new Label("OUTPUT");
        heading.getStyleClass().add("section-heading");
        root.getStyleClass().addAll("panel", "output-panel");
        root.setHgap(8);
        root.setVgap(6);
        root.add(heading, 0, 0, 4, 1);
        root.add(fieldLabel("Quality"), 0, 1);
        root.add(quality, 1, 1, 3, 1);
        root.addRow(2, fieldLabel("Picture"), orientation, fieldLabel("Encoder"), encoder);
        addTarget(3);

        quality.setOnAction(event -> pictureChanged());
        orientation.setOnAction(event -> pictureChanged());
        encoder.setOnAction(event -> {
            if (!following && encoder.getValue() != null) {
                model.chooseEncoder(encoder.getValue().id());
            }
        });
        model.catalogProperty().subscribe(catalog -> {
            following = true;
            quality.getItems().setAll(catalog.presets());
            encoder.getItems().setAll(catalog.encoders());
            following = false;
            follow(model.settingsProperty().get());
        });
        model.settingsProperty().subscribe(this::follow);
    }

    Node node() {
        return root;
    }

    /** The push target on rows {@code row} (the choice) and {@code row + 1} (the URL or whom the backend signs for). */
    private void addTarget(int row) {
        ToggleGroup group = new ToggleGroup();
        RadioButton typed = new RadioButton("URL");
        typed.setId("target-url");
        typed.setToggleGroup(group);
        RadioButton signed = new RadioButton("Backend");
        signed.setId("target-backend");
        signed.setToggleGroup(group);
        signed.setTooltip(new Tooltip("The push URL the backend signs for the logged-in anchor"));
        model.targetProperty().subscribe(target -> group.selectToggle(target == Profile.Target.BACKEND ? signed : typed));
        group.selectedToggleProperty().subscribe(toggle -> {
            if (toggle != null) {
                model.targetProperty().set(toggle == signed ? Profile.Target.BACKEND : Profile.Target.URL);
            }
        });

        TextField url = new TextField();
        url.setId("url");
        url.setPromptText("rtmp://HOST/APP/STREAM");
        url.textProperty().bindBidirectional(model.urlProperty());
        url.setOnAction(event -> model.goLive());
        Label signedUrl = new Label();
        signedUrl.setId("signed-target");
        signedUrl.getStyleClass().add("signed-target");
        signedUrl.textProperty().bind(model.signedTargetProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.signedTargetProperty());
        signedUrl.setTooltip(whole);
        signedUrl.setMaxWidth(Double.MAX_VALUE);
        model.targetProperty().subscribe(target -> {
            boolean backend = target == Profile.Target.BACKEND;
            url.setVisible(!backend);
            url.setManaged(!backend);
            signedUrl.setVisible(backend);
            signedUrl.setManaged(backend);
        });
        model.stateProperty().subscribe(state -> {
            boolean offline = state == LiveState.OFFLINE;
            url.setDisable(!offline);
            typed.setDisable(!offline);
            signed.setDisable(!offline);
        });

        HBox choice = new HBox(14, typed, signed);
        choice.setAlignment(Pos.CENTER_LEFT);
        root.addRow(row, fieldLabel("Push to"), choice);
        GridPane.setColumnSpan(choice, 3);
        StackPane where = new StackPane(url, signedUrl);
        StackPane.setAlignment(signedUrl, Pos.CENTER_LEFT);
        root.add(where, 1, row + 1, 3, 1);
    }

    private void pictureChanged() {
        if (!following && quality.getValue() != null && orientation.getValue() != null) {
            model.choosePicture(quality.getValue().id(), orientation.getValue().id());
        }
    }

    /** Shows the active profile's choices. */
    private void follow(Settings settings) {
        Profile.Quality chosen = settings.active().quality();
        following = true;
        select(quality, chosen.preset().toUpperCase(Locale.ROOT));
        select(orientation, chosen.orientation().toLowerCase(Locale.ROOT));
        select(encoder, chosen.encoder().toLowerCase(Locale.ROOT));
        following = false;
    }

    private static void select(ComboBox<Choice> box, String id) {
        box.getItems().stream().filter(choice -> choice.id().equals(id)).findFirst()
                .ifPresent(choice -> box.getSelectionModel().select(choice));
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** An encoder that does not open here is greyed out, with FFmpeg's reason as its tooltip. */
    private static final class EncoderCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
            setDisable(!empty && choice != null && !choice.available());
            setTooltip(empty || choice == null || choice.detail().isEmpty() ? null : new Tooltip(choice.detail()));
        }
    }
}
