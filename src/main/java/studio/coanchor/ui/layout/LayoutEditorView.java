package studio.coanchor.ui.layout;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.StandardPreset;

/**
 * The layout editor: the canvas with the live composite and the boxes to drag, a toolbar (undo and redo, add and
 * remove boxes, layer order, presets and saved layouts, layout files, Apply mix and End mix), the list of layers,
 * the Mix_StreamV2 request the layout makes, and a line saying what just happened or what went wrong.
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes while the editor has the focus (Cmd on macOS).
 */
public final class LayoutEditorView {
    private static final String STYLESHEET = "layout-editor.css";
    private static final String THEME = "/studio/coanchor/ui/studio.css";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALSO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final FileChooser.ExtensionFilter LAYOUT_FILES =
            new FileChooser.ExtensionFilter("Layout files (*.json)", "*.json");

    private final LayoutEditorViewModel model;
    private final LayoutCanvas canvas;
    private final BorderPane root = new BorderPane();

    /** @param composite where the compositor publishes the mixed picture the canvas shows */
    public LayoutEditorView(LayoutEditorViewModel model, LatestFrameSlot<PreviewImage> composite) {
        this.model = model;
        this.canvas = new LayoutCanvas(model, composite);
        root.getStyleClass().add("layout-editor");
        root.getStylesheets().add(resource(STYLESHEET));
        root.setTop(toolbar());
        root.setCenter(body());
        root.setBottom(noticeLine());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Parent root() {
        return root;
    }

    public LayoutCanvas canvas() {
        return canvas;
    }

    /** A scene of its own for the editor, in the studio's theme, for a window beside the studio's. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(resource(THEME));
        return scene;
    }

    private HBox toolbar() {
        Button undo = button("undo", "Undo", "Undo the last change (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redo", "Redo", "Redo what was undone (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());

        MenuButton add = new MenuButton("Add box");
        add.setId("add-box");
        add.setTooltip(new Tooltip("Add a box showing one of the room's streams"));
        add.setOnShowing(event -> add.getItems().setAll(model.streams().stream().map(stream -> {
            MenuItem item = new MenuItem(stream);
            item.setId("add-" + stream);
            item.setOnAction(chosen -> model.addBox(stream));
            return item;
        }).toList()));
        Button remove = button("remove-box", "Remove", "Remove the selected box (Delete)", model::removeSelected);
        remove.disableProperty().bind(model.canRemoveProperty().not());
        Button forward = button("bring-forward", "Forward", "Bring the selected box one layer forward",
                model::bringForward);
        forward.disableProperty().bind(model.canBringForwardProperty().not());
        Button backward = button("send-backward", "Backward", "Send the selected box one layer back",
                model::sendBackward);
        backward.disableProperty().bind(model.canSendBackwardProperty().not());

        MenuButton presets = new MenuButton("Presets");
        presets.setId("presets");
        presets.setOnShowing(event -> presets.getItems().setAll(presetItems()));
        Button open = button("open-layout", "Open…", "Apply a layout file to the current streams", this::openFile);
        Button save = button("save-layout", "Save…", "Write the layout to a file", this::saveFile);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        BooleanExpression unavailable = model.targetProperty().isNull().or(model.sendingProperty());
        Button apply = button("apply-mix", "Apply mix", "Ask the backend to mix this layout", model::applyMix);
        apply.getStyleClass().add("apply-mix");
        apply.disableProperty().bind(unavailable);
        Button end = button("end-mix", "End mix", "Ask the backend to show the primary's picture alone",
                model::endMix);
        end.disableProperty().bind(unavailable);

        HBox toolbar = new HBox(8, undo, redo, separator(), add, remove, forward, backward, separator(), presets, open,
                save, spacer, apply, end);
        toolbar.getStyleClass().add("layout-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private List<MenuItem> presetItems() {
        List<MenuItem> items = new ArrayList<>();
        for (StandardPreset preset : StandardPreset.values()) {
            MenuItem item = new MenuItem(spoken(preset));
            item.setId("preset-" + preset.label());
            item.setOnAction(event -> model.applyPreset(preset));
            items.add(item);
        }
        if (!model.savedLayouts().isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (String name : model.savedLayouts()) {
                MenuItem item = new MenuItem(name);
                item.setId("saved-" + name);
                item.setOnAction(event -> model.applySaved(name));
                items.add(item);
            }
        }
        items.add(new SeparatorMenuItem());
        MenuItem saveAs = new MenuItem("Save layout as preset…");
        saveAs.setId("save-preset");
        saveAs.setOnAction(event -> askNameAndSave());
        items.add(saveAs);
        return items;
    }

    private SplitPane body() {
        canvas.setId("layout-canvas");
        StackPane stage = new StackPane(canvas);
        stage.getStyleClass().add("layout-stage");

        ListView<Box> layers = new ListView<>();
        layers.setId("layers");
        layers.getStyleClass().add("layer-list");
        layers.setCellFactory(list -> new LayerCell());
        layers.setPrefHeight(150);
        model.layoutProperty().subscribe(layout -> {
            List<Box> topFirst = new ArrayList<>(layout.boxes());
            Collections.reverse(topFirst);
            layers.getItems().setAll(topFirst);
            showSelection(layers, model.selectedLayerProperty().get());
        });
        model.selectedLayerProperty().subscribe(layer -> showSelection(layers, layer.intValue()));
        layers.getSelectionModel().selectedItemProperty().subscribe(box -> {
            if (box != null && box.layer() != model.selectedLayerProperty().get()) {
                model.select(box.layer());
            }
        });

        TextArea json = new TextArea();
        json.setId("mix-json");
        json.getStyleClass().add("mix-json");
        json.setEditable(false);
        json.setPromptText("Log in to the backend to see the request: it names your stream and the backend's app ID");
        json.textProperty().bind(model.requestJsonProperty());
        VBox.setVgrow(json, Priority.ALWAYS);

        VBox side = new VBox(8, heading("Layers"), layers, heading("Mix_StreamV2 request"), json);
        side.getStyleClass().add("layout-side");
        side.setMinWidth(260);

        SplitPane body = new SplitPane(stage, side);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        return body;
    }

    private Label noticeLine() {
        Label line = new Label();
        line.setId("layout-notice");
        line.getStyleClass().add("layout-notice");
        line.setMaxWidth(Double.MAX_VALUE);
        line.setWrapText(true);
        model.noticeProperty().subscribe(notice -> {
            line.setText(notice.text());
            line.getStyleClass().remove("problem");
            if (notice.problem()) {
                line.getStyleClass().add("problem");
            }
        });
        return line;
    }

    private void shortcut(KeyEvent event) {
        if (REDO.match(event) || REDO_ALSO.match(event)) {
            model.redo();
            event.consume();
        } else if (UNDO.match(event)) {
            model.undo();
            event.consume();
        }
    }

    private void openFile() {
        File file = chooser("Apply a layout file").showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    private void saveFile() {
        FileChooser chooser = chooser("Save the layout");
        chooser.setInitialFileName("layout.json");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    private void askNameAndSave() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Save layout as preset");
        dialog.setHeaderText("Name the layout: 1 to 64 letters, digits, spaces, '_' or '-'");
        dialog.getDialogPane().getStylesheets().setAll(resource(THEME), resource(STYLESHEET));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().map(String::trim).filter(name -> !name.isEmpty()).ifPresent(model::saveAs);
    }

    private static String resource(String name) {
        return Objects.requireNonNull(LayoutEditorView.class.getResource(name), name).toExternalForm();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(LAYOUT_FILES);
        return chooser;
    }

    private static void showSelection(ListView<Box> layers, int layer) {
        layers.getItems().stream().filter(box -> box.layer() == layer).findFirst().ifPresentOrElse(
                box -> layers.getSelectionModel().select(box), () -> layers.getSelectionModel().clearSelection());
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Region separator() {
        Region separator = new Region();
        separator.getStyleClass().add("toolbar-separator");
        return separator;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    private static String spoken(StandardPreset preset) {
        return switch (preset) {
            case COLUMN -> "Co-anchor column";
            case PK -> "PK, side by side";
            case GRID -> "2×2 grid";
            case PIP -> "Picture in picture";
        };
    }

    /** A layer of the list: its number, its stream, and where its box lies. */
    private static final class LayerCell extends ListCell<Box> {
        @Override
        protected void updateItem(Box box, boolean empty) {
            super.updateItem(box, empty);
            setText(empty || box == null ? null : box.layer() + "  " + box.streamId() + "   " + box.width() + "×"
                    + box.height() + " at " + box.x() + "," + box.y() + (box.layer() == 1 ? "  (primary)" : ""));
        }
    }
}
