package studio.coanchor.ui.coanchor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The co-anchor panel for the studio window's dock: log in to a backend, join a room, see its members, ask to link or
 * answer requests, kick, and start or end a PK. It opens the request dialog when a request comes in and one
 * {@link CoanchorWindow} per linked anchor whose stream plays, and closes them when they end.
 */
public final class CoanchorPanel {
    private final CoanchorViewModel model;
    private final VBox root = new VBox(14);
    private final Map<PeerViewModel, CoanchorWindow> windows = new HashMap<>();
    private JoinRequestDialog dialog;

    public CoanchorPanel(CoanchorViewModel model) {
        this.model = model;
        root.getStyleClass().addAll("coanchor", "coanchor-panel");
        CoanchorStyle.panel(root);
        ListView<String> activity = activity();
        VBox.setVgrow(activity, Priority.ALWAYS);
        root.getChildren().addAll(login(), room(), pk(), heading("ACTIVITY"), activity);

        model.peers().addListener((ListChangeListener<PeerViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::closeWindow);
                change.getAddedSubList().forEach(this::openWindow);
            }
        });
        model.requestProperty().subscribe(this::showRequest);
    }

    public Parent root() {
        return root;
    }

    /** The open co-anchor window of {@code peerId}, or null. */
    public CoanchorWindow window(String peerId) {
        return windows.entrySet().stream().filter(entry -> entry.getKey().peerId().equals(peerId))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private Node login() {
        ToggleGroup backends = new ToggleGroup();
        RadioButton builtIn = new RadioButton("This studio's backend");
        builtIn.setId("coanchor-builtin");
        builtIn.setToggleGroup(backends);
        RadioButton remote = new RadioButton("Another backend");
        remote.setId("coanchor-remote");
        remote.setToggleGroup(backends);
        builtIn.setSelected(model.builtInBackendProperty().get());
        remote.setSelected(!model.builtInBackendProperty().get());
        model.builtInBackendProperty().bind(builtIn.selectedProperty());
        HBox choice = new HBox(14, builtIn, remote);

        TextField address = field("coanchor-address", "http://HOST:PORT", new TextField());
        address.textProperty().bindBidirectional(model.backendAddressProperty());
        TextField user = field("coanchor-user", "User ID", new TextField());
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = field("coanchor-password", "Password", new PasswordField());
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(event -> model.logIn());
        HBox.setHgrow(user, Priority.ALWAYS);
        HBox.setHgrow(password, Priority.ALWAYS);
        BooleanExpression signedIn = model.signedInProperty().isNotNull();
        VBox credentials = new VBox(8, address, new HBox(8, user, password));
        shownWhen(credentials, remote.selectedProperty().and(signedIn.not()));

        Button logIn = button("coanchor-login", "Log in", model::logIn);
        shownWhen(logIn, signedIn.not());
        logIn.disableProperty().bind(model.busyProperty());
        Button logOut = button("coanchor-logout", "Log out", model::logOut);
        shownWhen(logOut, signedIn);
        logOut.disableProperty().bind(model.busyProperty());
        Label who = new Label();
        who.setId("coanchor-signed-in");
        who.getStyleClass().add("field-label");
        who.setWrapText(true);
        who.textProperty().bind(model.signedInProperty().map(in -> in.userId() + " at " + in.backend())
                .orElse("Not logged in"));
        HBox.setHgrow(who, Priority.ALWAYS);
        who.setMaxWidth(Double.MAX_VALUE);
        HBox account = new HBox(10, who, logIn, logOut);
        account.setAlignment(Pos.CENTER_LEFT);

        choice.disableProperty().bind(signedIn);
        return new VBox(8, heading("BACKEND"), choice, credentials, account);
    }

    private Node room() {
        BooleanExpression signedIn = model.signedInProperty().isNotNull();
        BooleanExpression inRoom = model.roomProperty().isNotNull();

        TextField roomId = field("coanchor-room", "Room: its owner's user ID", new TextField());
        roomId.textProperty().bindBidirectional(model.roomToJoinProperty());
        roomId.setOnAction(event -> model.join());
        roomId.disableProperty().bind(inRoom.or(signedIn.not()));
        HBox.setHgrow(roomId, Priority.ALWAYS);
        Button join = button("coanchor-join", "Join", model::join);
        join.disableProperty().bind(signedIn.not().or(model.busyProperty()));
        shownWhen(join, inRoom.not());
        Button leave = button("coanchor-leave", "Leave room", model::leave);
        leave.disableProperty().bind(model.busyProperty());
        shownWhen(leave, inRoom);
        HBox joining = new HBox(8, roomId, join, leave);
        joining.setAlignment(Pos.CENTER_LEFT);

        Label standing = new Label();
        standing.setId("coanchor-standing");
        standing.getStyleClass().add("standing-line");
        standing.textProperty().bind(model.standingTextProperty());

        ListView<RoomMember> members = new ListView<>(model.members());
        members.setId("coanchor-members");
        members.getStyleClass().add("members");
        members.setPrefHeight(130);
        members.setPlaceholder(new Label("Join a room to see who is in it"));
        members.setCellFactory(list -> new MemberCell());
        members.setOnMouseClicked(event -> {
            RoomMember picked = members.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && picked != null) {
                CoanchorWindow window = window(picked.userId());
                if (window != null) {
                    window.show();
                }
            }
        });

        BooleanExpression member = inRoom.and(model.ownerProperty().not());
        Button ask = button("coanchor-ask", "Ask to join", model::askToJoin);
        ask.getStyleClass().add("accept");
        shownWhen(ask, member.and(model.coAnchorProperty().not()));
        ask.disableProperty().bind(model.awaitingAnswerProperty());
        Button quit = button("coanchor-quit", "Leave link", model::quitLink);
        shownWhen(quit, member.and(model.coAnchorProperty().or(model.awaitingAnswerProperty())));
        quit.textProperty().bind(model.coAnchorProperty().map(linked -> linked ? "Leave link" : "Withdraw"));
        Button kick = button("coanchor-kick", "Kick", () -> {
            RoomMember picked = members.getSelectionModel().getSelectedItem();
            if (picked != null) {
                model.kick(picked.userId());
            }
        });
        kick.getStyleClass().add("danger");
        shownWhen(kick, inRoom.and(model.ownerProperty()));
        kick.disableProperty().bind(members.getSelectionModel().selectedItemProperty()
                .map(picked -> picked.standing() != Standing.CO_ANCHOR).orElse(true));
        HBox actions = new HBox(8, ask, quit, kick);

        return new VBox(8, heading("ROOM"), joining, standing, members, actions);
    }

    private Node pk() {
        BooleanExpression owner = model.ownerProperty();
        TextField opponent = field("coanchor-pk-opponent", "Other room's owner", new TextField());
        opponent.textProperty().bindBidirectional(model.pkOpponentProperty());
        opponent.disableProperty().bind(owner.not().or(model.inPkProperty()));
        HBox.setHgrow(opponent, Priority.ALWAYS);
        Button start = button("coanchor-start-pk", "Start PK", model::startPk);
        start.disableProperty().bind(owner.not().or(model.awaitingAnswerProperty()));
        shownWhen(start, model.inPkProperty().not());
        Button stop = button("coanchor-stop-pk", "End PK", model::stopPk);
        stop.getStyleClass().add("danger");
        shownWhen(stop, model.inPkProperty());
        HBox row = new HBox(8, opponent, start, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading("PK"), row);
    }

    private ListView<String> activity() {
        ListView<String> list = new ListView<>(model.activity());
        list.setId("coanchor-activity");
        list.getStyleClass().add("event-log");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("Nothing yet"));
        list.setCellFactory(view -> new WrappingCell());
        list.setPrefHeight(140);
        model.activity().subscribe(() -> list.scrollTo(model.activity().size() - 1));
        return list;
    }

    private void openWindow(PeerViewModel peer) {
        CoanchorWindow window = new CoanchorWindow(peer, ownerWindow());
        windows.put(peer, window);
        window.show();
    }

    private void closeWindow(PeerViewModel peer) {
        CoanchorWindow window = windows.remove(peer);
        if (window != null) {
            window.close();
        }
    }

    private void showRequest(JoinRequestViewModel request) {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
        if (request != null) {
            dialog = new JoinRequestDialog(request, ownerWindow());
            dialog.show();
        }
    }

    private Window ownerWindow() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    private static <T extends TextField> T field(String id, String prompt, T field) {
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** A log line that wraps at the list's width: with no width of its own, the cell takes the list's. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }

    /** A member's name, a badge for where it stands, and "you" on this anchor's own row. */
    private static final class MemberCell extends ListCell<RoomMember> {
        @Override
        protected void updateItem(RoomMember member, boolean empty) {
            super.updateItem(member, empty);
            if (empty || member == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(member.userId() + (member.you() ? " (you)" : ""));
            name.getStyleClass().add("member-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label badge = new Label(member.standing().label());
            String standing = member.standing().name().toLowerCase(Locale.ROOT).replace('_', '-');
            badge.getStyleClass().addAll("standing-badge", standing);
            HBox row = new HBox(8, name, spacer, badge);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
