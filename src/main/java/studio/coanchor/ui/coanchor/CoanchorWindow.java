package studio.coanchor.ui.coanchor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import studio.coanchor.ui.PreviewView;

/**
 * A linked anchor's window: its live pictures, its name and standing, latency and rate, a translucent overlay over
 * the last picture while the stream loads, mute, and (as the owner) kick, (as a co-anchor) leave, or end the PK.
 * Closing it only hides it; it closes for good when the anchor's stream stops playing.
 */
public final class CoanchorWindow {
    private final Stage stage = new Stage();
    private final PreviewView video;
    private final BorderPane root = new BorderPane();

    public CoanchorWindow(PeerViewModel peer, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(peer.peerId() + " · CoAnchor Studio");
        video = new PreviewView(peer.video());
        video.setId("peer-video");

        root.getStyleClass().addAll("coanchor", "coanchor-window");
        root.setTop(header(peer));
        root.setCenter(picture(peer));
        root.setBottom(controls(peer));

        Scene scene = new Scene(root, 640, 440);
        CoanchorStyle.window(scene);
        stage.setScene(scene);
        stage.setMinWidth(320);
        stage.setMinHeight(260);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public PreviewView video() {
        return video;
    }

    private Node header(PeerViewModel peer) {
        Label name = new Label(peer.peerId());
        name.setId("peer-name");
        name.getStyleClass().add("peer-name");

        Label standing = new Label();
        standing.setId("peer-standing");
        standing.getStyleClass().add("standing-badge");
        standing.textProperty().bind(peer.standingProperty().map(Standing::label));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label figures = new Label();
        figures.setId("peer-figures");
        figures.getStyleClass().add("peer-figures");
        figures.textProperty().bind(peer.figuresProperty());

        HBox header = new HBox(10, name, standing, spacer, figures);
        header.getStyleClass().add("peer-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node picture(PeerViewModel peer) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label text = new Label();
        text.setId("peer-overlay-text");
        text.getStyleClass().add("overlay-text");
        text.setWrapText(true);
        text.textProperty().bind(peer.overlayTextProperty());
        VBox overlay = new VBox(10, spinner, text);
        overlay.setId("peer-overlay");
        overlay.getStyleClass().add("loading-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setMouseTransparent(true);
        overlay.visibleProperty().bind(peer.loadingProperty());
        spinner.visibleProperty().bind(peer.loadingProperty());

        StackPane picture = new StackPane(video, overlay);
        picture.getStyleClass().add("peer-picture");
        return picture;
    }

    private Node controls(PeerViewModel peer) {
        ToggleButton mute = new ToggleButton();
        mute.setId("peer-mute");
        mute.selectedProperty().bindBidirectional(peer.mutedProperty());
        mute.textProperty().bind(peer.mutedProperty().map(muted -> muted ? "Unmute" : "Mute"));

        Label note = new Label();
        note.getStyleClass().add("field-label");
        note.textProperty().bind(peer.noteProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button kick = action("peer-kick", "Kick", peer.mayKickProperty(), peer::kick);
        Button leave = action("peer-leave", "Leave link", peer.mayLeaveProperty(), peer::leave);
        Button stopPk = action("peer-stop-pk", "End PK", peer.mayStopPkProperty(), peer::stopPk);

        HBox controls = new HBox(10, mute, note, spacer, kick, leave, stopPk);
        controls.getStyleClass().add("peer-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    /** A button shown only while {@code allowed}. */
    private static Button action(String id, String text, ReadOnlyBooleanProperty allowed, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("danger");
        button.visibleProperty().bind(allowed);
        button.managedProperty().bind(allowed);
        button.setOnAction(event -> action.run());
        return button;
    }
}
