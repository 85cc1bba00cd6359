package studio.coanchor.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * Picks the video and audio source. A camera, a screen or the test pattern switches at once; a screen region or a
 * media file needs its detail typed (or browsed) and then Apply. The pickers always show the source in use: a switch
 * that fails leaves them on the old one.
 */
final class SourcePickerView {
    static final String REGION = "screen:";
    static final String FILE = "file:";
    private static final Choice TEST = Choice.of("test", "Test pattern");
    private static final Choice REGION_CHOICE = Choice.of(REGION, "Screen region…");
    private static final Choice FILE_CHOICE = Choice.of(FILE, "Media file…");
    private static final Choice TONE = Choice.of("tone", "Test tone (440 Hz)");
    private static final Choice FILE_SOUND = Choice.of("tone", "The file's own sound");
    private static final Choice SILENCE = Choice.of("none", "No sound");

    private final StudioViewModel model;
    private final ComboBox<Choice> video = new ComboBox<>();
    private final ComboBox<Choice> audio = new ComboBox<>();
    private final TextField detail = new TextField();
    private final Button browse = new Button("Browse…");
    private final Button apply = new Button("Apply");
    private final HBox detailRow = new HBox(6, detail, browse, apply);
    private final GridPane root = new GridPane();
    /** True while the pickers are set to match the model, so their own handlers stay quiet. */
    private boolean following;

    SourcePickerView(StudioViewModel model) {
        this.model = model;
        video.setId("video-source");
        audio.setId("audio-source");
        detail.setId("source-detail");
        apply.setId("apply-source");
        video.setMaxWidth(Double.MAX_VALUE);
        audio.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detailRow.setAlignment(Pos.CENTER_LEFT);

        ToggleButton mute = new ToggleButton("Mute");
        mute.setId("mute");
        mute.getStyleClass().add("mute");
        model.mutedProperty().subscribe(mute::setSelected);
        mute.setOnAction(event -> {
            mute.setSelected(model.mutedProperty().get());
            model.toggleMute();
        });

        CheckBox voice = new CheckBox("Echo cancellation");
        voice.setId("voice-processing");
        voice.setTooltip(new Tooltip("Echo cancellation, noise suppression and gain control on the microphone;"
                + " always on while co-anchoring with a microphone"));
        voice.selectedProperty().bindBidirectional(model.voiceProcessingProperty());

        Label heading = new Label("SOURCE");
        heading.getStyleClass().add("section-heading");
        root.getStyleClass().addAll("panel", "source-panel");
        root.setHgap(8);
        root.setVgap(6);
        root.add(heading, 0, 0, 3, 1);
        root.add(fieldLabel("Video"), 0, 1);
        root.add(video, 1, 1, 2, 1);
        root.add(detailRow, 1, 2, 2, 1);
        root.addRow(3, fieldLabel("Audio"), audio, mute);
        root.add(voice, 1, 4, 2, 1);
        video.setPrefWidth(120);
        audio.setPrefWidth(120);
        GridPane.setHgrow(video, Priority.ALWAYS);
        GridPane.setHgrow(audio, Priority.ALWAYS);

        video.setOnAction(event -> videoPicked());
        audio.setOnAction(event -> audioPicked());
        detail.setOnAction(event -> applyDetail());
        apply.setOnAction(event -> applyDetail());
        browse.setOnAction(event -> browse());

        model.catalogProperty().subscribe(this::fillVideo);
        model.activeVideoProperty().subscribe(this::follow);
        model.activeAudioProperty().subscribe(this::follow);
        model.switchingSourceProperty().subscribe(busy -> {
            video.setDisable(busy);
            audio.setDisable(busy);
            apply.setDisable(busy);
        });
    }

    Node node() {
        return root;
    }

    private void fillVideo(Catalog catalog) {
        following = true;
        List<Choice> choices = new ArrayList<>();
        choices.add(TEST);
        catalog.cameras().forEach(camera -> choices.add(Choice.of(camera.id(), "Camera · " + camera.label())));
        catalog.screens().forEach(screen -> choices.add(Choice.of(screen.id(), "Screen · " + screen.label())));
        choices.add(REGION_CHOICE);
        choices.add(FILE_CHOICE);
        video.getItems().setAll(choices);
        following = false;
        follow();
    }

    /** Shows the source in use, and the sounds that go with it. */
    private void follow() {
        following = true;
        String active = model.activeVideoProperty().get();
        Choice picked = video.getItems().stream().filter(choice -> choice.id().equals(active)).findFirst()
                .orElseGet(() -> nearest(active));
        video.getSelectionModel().select(picked);
        showDetail(picked, active);
        fillAudio(picked == FILE_CHOICE);
        following = false;
    }

    private Choice nearest(String active) {
        if (active.startsWith(FILE)) {
            return FILE_CHOICE;
        }
        if (active.startsWith(REGION)) {
            return REGION_CHOICE;
        }
        String kind = active.contains(":") ? active.substring(0, active.indexOf(':')) : active;
        return video.getItems().stream().filter(choice -> choice.id().startsWith(kind)).findFirst().orElse(null);
    }

    private void fillAudio(boolean fromFile) {
        List<Choice> choices = new ArrayList<>();
        choices.add(fromFile ? FILE_SOUND : TONE);
        model.catalogProperty().get().microphones()
                .forEach(mic -> choices.add(Choice.of(mic.id(), "Microphone · " + mic.label())));
        choices.add(SILENCE);
        audio.getItems().setAll(choices);
        String active = model.activeAudioProperty().get();
        audio.getSelectionModel().select(choices.stream().filter(choice -> choice.id().equals(active)).findFirst()
                .orElseGet(() -> choices.stream().filter(choice -> active.startsWith("mic") && choice.id().startsWith("mic"))
                        .findFirst().orElse(null)));
    }

    private void showDetail(Choice picked, String active) {
        boolean region = picked == REGION_CHOICE;
        boolean file = picked == FILE_CHOICE;
        detailRow.setVisible(region || file);
        detailRow.setManaged(region || file);
        browse.setVisible(file);
        browse.setManaged(file);
        detail.setPromptText(region ? "X,Y,W,H  e.g. 0,0,1280,720" : "path of a video or audio file");
        if (active != null && picked != null && active.startsWith(picked.id()) && (region || file)) {
            detail.setText(active.substring(picked.id().length()));
        } else if (!following || !(region || file)) {
            detail.clear();
        }
    }

    private void videoPicked() {
        if (following) {
            return;
        }
        Choice picked = video.getValue();
        if (picked == REGION_CHOICE || picked == FILE_CHOICE) {
            showDetail(picked, null);
            detail.requestFocus();
            return;
        }
        if (picked != null) {
            model.chooseSource(picked.id(), audioId());
        }
    }

    private void audioPicked() {
        if (!following && audio.getValue() != null) {
            model.chooseSource(model.activeVideoProperty().get(), audio.getValue().id());
        }
    }

    private void applyDetail() {
        Choice picked = video.getValue();
        String text = detail.getText() == null ? "" : detail.getText().strip();
        if (picked == REGION_CHOICE || picked == FILE_CHOICE) {
            model.chooseSource(picked.id() + text, audioId());
        }
    }

    private String audioId() {
        Choice current = audio.getValue();
        return current == null ? model.activeAudioProperty().get() : current.id();
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Play a media file");
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            detail.setText(file.getAbsolutePath());
            applyDetail();
        }
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
