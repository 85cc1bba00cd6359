package studio.coanchor.ui;

import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import studio.coanchor.profile.HotkeyAction;
import studio.coanchor.ui.settings.ProfileDialogs;
import studio.coanchor.ui.settings.SettingsDialog;
import studio.coanchor.ui.status.EventLogView;
import studio.coanchor.ui.status.LiveFiguresView;
import studio.coanchor.ui.status.NoticeView;
import studio.coanchor.ui.status.SendChartView;

/**
 * The studio's main window: the live preview with its loading overlay, the source and output pickers, the broadcast
 * controls, a dock on the right (the event log first; other features add theirs with {@link #addDock}), the send
 * chart, and the live figures along the bottom. The Studio menu carries the profile's keyboard shortcuts; the Window
 * menu opens the studio's other windows ({@link #addWindowAction}).
 */
public final class StudioView {
    private static final String HEADER_ICON = "icons/coanchor-32.png";

    private final StudioViewModel model;
    private final PreviewView preview;
    private final BorderPane root = new BorderPane();
    private final TabPane dock = new TabPane();
    private final Menu windowMenu = new Menu("Window");
    private final MenuItem noWindows = new MenuItem("No other windows yet");
    private final Map<HotkeyAction, MenuItem> actions = new EnumMap<>(HotkeyAction.class);

    public StudioView(StudioViewModel model) {
        this.model = model;
        this.preview = new PreviewView(model.preview());
        root.getStyleClass().add("studio");
        root.setTop(new VBox(menuBar(), header()));
        root.setCenter(stage());
        root.setRight(side());
        root.setBottom(new LiveFiguresView(model.figures(), model.summaryProperty()).node());
        model.onNotice(notice -> {
            Window window = root.getScene() == null ? null : root.getScene().getWindow();
            if (window != null && window.isShowing()) {
                NoticeView.show(notice, window);
            }
        });
    }

    public Parent root() {
        return root;
    }

    public PreviewView preview() {
        return preview;
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, StudioView.class, "studio.css", "status/status.css");
        return scene;
    }

    /** Adds {@code content} as a tab of the dock on the right, after those already there. */
    public void addDock(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        dock.getTabs().add(tab);
    }

    /** Adds an entry to the Window menu that runs {@code open}, with {@code shortcut} when not null. */
    public void addWindowAction(String title, KeyCombination shortcut, Runnable open) {
        MenuItem item = new MenuItem(title);
        item.setAccelerator(shortcut);
        item.setOnAction(event -> open.run());
        windowMenu.getItems().remove(noWindows);
        windowMenu.getItems().add(item);
    }

    private MenuBar menuBar() {
        Menu studio = new Menu("Studio");
        studio.setId("menu-studio");
        actions.put(HotkeyAction.GO_LIVE, item("Go Live / Stop", "menu-go-live", model::toggleLive));
        actions.put(HotkeyAction.RECORD, item("Record / Stop Recording", "menu-record", model::toggleRecording));
        actions.put(HotkeyAction.SNAPSHOT, item("Snapshot", "menu-snapshot", model::snapshot));
        actions.put(HotkeyAction.MUTE, item("Mute / Unmute", "menu-mute", model::toggleMute));
        MenuItem settings = item("Settings…", "menu-settings", () -> SettingsDialog.open(model, window()));
        settings.setAccelerator(KeyCombination.valueOf("Shortcut+Comma"));
        MenuItem quit = item("Quit", "menu-quit", () -> window().hide());
        quit.setAccelerator(KeyCombination.valueOf("Shortcut+Q"));
        studio.getItems().addAll(actions.values());
        studio.getItems().addAll(new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        model.shortcutsProperty().subscribe(shortcuts ->
                actions.forEach((action, item) -> item.setAccelerator(shortcuts.key(action))));

        Menu profiles = new Menu("Profile");
        profiles.setId("menu-profile");
        profiles.getItems().addAll(
                item("New Profile from These Choices…", "menu-new-profile", () -> ProfileDialogs.create(model, window())),
                item("Rename Profile…", "menu-rename-profile", () -> ProfileDialogs.rename(model, window())),
                item("Delete Profile…", "menu-delete-profile", () -> ProfileDialogs.delete(model, window())));

        windowMenu.setId("menu-window");
        noWindows.setDisable(true);
        windowMenu.getItems().add(noWindows);
        MenuBar bar = new MenuBar(studio, profiles, windowMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
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

        Label profileLabel = new Label("Profile");
        profileLabel.getStyleClass().add("field-label");
        ComboBox<String> profile = new ComboBox<>(model.profileNames());
        profile.setId("profile");
        model.settingsProperty().subscribe(settings -> profile.setValue(settings.activeProfile()));
        profile.setOnAction(event -> {
            model.switchProfile(profile.getValue());
            profile.setValue(model.activeProfile().name());
        });

        Label muted = badge("muted-badge", "MUTED");
        muted.visibleProperty().bind(model.mutedProperty());
        muted.managedProperty().bind(muted.visibleProperty());
        Label recording = badge("recording-badge", "");
        recording.textProperty().bind(model.recordingTimeProperty());
        recording.visibleProperty().bind(model.recordingProperty());
        recording.managedProperty().bind(recording.visibleProperty());
        recording.getStyleClass().add("recording");
        Label state = badge("live-state", "");
        state.textProperty().bind(model.stateProperty().map(live -> live.label().toUpperCase()));
        model.stateProperty().subscribe(live -> toggleStyle(state, "live", live == LiveState.LIVE));

        HBox header = new HBox(12, title, spacer, profileLabel, profile, muted, recording, state);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private BorderPane stage() {
        preview.setId("preview");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label opening = new Label("Opening the source…");
        VBox overlay = new VBox(10, spinner, opening);
        overlay.setId("source-loading");
        overlay.getStyleClass().add("loading-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.visibleProperty().bind(model.switchingSourceProperty());
        overlay.setMouseTransparent(true);

        Label source = new Label();
        source.setId("source-description");
        source.getStyleClass().add("source-description");
        source.textProperty().bind(model.sourceDescriptionProperty());
        StackPane.setAlignment(source, Pos.BOTTOM_LEFT);

        StackPane screen = new StackPane(preview, overlay, source);
        screen.getStyleClass().add("screen");

        HBox controls = new HBox(12, grow(new SourcePickerView(model).node()), grow(new OutputView(model).node()),
                buttons());
        controls.getStyleClass().add("controls");

        BorderPane stage = new BorderPane(screen);
        stage.setBottom(controls);
        stage.getStyleClass().add("stage");
        return stage;
    }

    private VBox buttons() {
        Button goLive = new Button();
        goLive.setId("go-live");
        goLive.getStyleClass().add("go-live");
        goLive.textProperty().bind(model.stateProperty().map(LiveState::action));
        goLive.disableProperty().bind(model.stateProperty().map(state -> !state.actionable()));
        model.stateProperty().subscribe(state -> toggleStyle(goLive, "live", state != LiveState.OFFLINE));
        goLive.setOnAction(event -> model.toggleLive());

        Button record = new Button();
        record.setId("record");
        record.textProperty().bind(model.recordingProperty().map(on -> on ? "Stop Recording" : "Record"));
        model.recordingProperty().subscribe(on -> toggleStyle(record, "recording", on));
        record.setOnAction(event -> model.toggleRecording());

        Button snapshot = new Button("Snapshot");
        snapshot.setId("snapshot");
        snapshot.setOnAction(event -> model.snapshot());

        ToggleButton mirror = new ToggleButton("Mirror");
        mirror.setId("mirror");
        mirror.selectedProperty().bindBidirectional(preview.mirroredProperty());

        VBox buttons = new VBox(6, goLive, record, snapshot, mirror);
        buttons.getStyleClass().addAll("panel", "actions");
        for (Region button : new Region[] {goLive, record, snapshot, mirror}) {
            button.setMaxWidth(Double.MAX_VALUE);
        }
        return buttons;
    }

    private VBox side() {
        addDock("Events", new EventLogView(model.log()).node());
        dock.setId("dock");
        VBox.setVgrow(dock, Priority.ALWAYS);

        Label heading = new Label("NETWORK · LAST 60 S");
        heading.getStyleClass().add("section-heading");
        VBox chart = new VBox(4, heading, new SendChartView(model.history()).node());
        chart.getStyleClass().add("chart-panel");

        VBox side = new VBox(10, dock, chart);
        side.getStyleClass().add("side");
        return side;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Label badge(String id, String text) {
        Label badge = new Label(text);
        badge.setId(id);
        badge.getStyleClass().add("state-badge");
        return badge;
    }

    private static Node grow(Node node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    private static void toggleStyle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
