package studio.coanchor.ui.coanchor;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.linkmic.LinkEvent;
import studio.coanchor.linkmic.RoomState;
import studio.coanchor.linkmic.SignalCodec;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.PreviewImage;

/**
 * The co-anchor panel's state: the login, the room and its members, the request waiting for this owner's answer, one
 * {@link PeerViewModel} per linked anchor, and a log of what happened. Properties change on the JavaFX thread only;
 * calls into the engine run in order on one worker thread ({@code coanchor-control}), so a slow login or join never
 * freezes the window.
 */
public final class CoanchorViewModel implements AutoCloseable {
    /** How long the owner has to answer a request (SPEC §5). */
    public static final Duration ANSWER_TIME = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CoanchorViewModel.class);
    private static final int ACTIVITY_LIMIT = 300;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CoanchorControl control;
    private final Duration answerTime;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "coanchor-control");
        thread.setDaemon(true);
        return thread;
    });

    private final BooleanProperty builtInBackend = new SimpleBooleanProperty(this, "builtInBackend", true);
    private final StringProperty backendAddress = new SimpleStringProperty(this, "backendAddress", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty roomToJoin = new SimpleStringProperty(this, "roomToJoin", "");
    private final StringProperty pkOpponent = new SimpleStringProperty(this, "pkOpponent", "");

    private final ReadOnlyObjectWrapper<SignedIn> signedIn = new ReadOnlyObjectWrapper<>(this, "signedIn");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<RoomState> room = new ReadOnlyObjectWrapper<>(this, "room");
    private final ReadOnlyBooleanWrapper owner = new ReadOnlyBooleanWrapper(this, "owner");
    private final ReadOnlyBooleanWrapper coAnchor = new ReadOnlyBooleanWrapper(this, "coAnchor");
    private final ReadOnlyBooleanWrapper inPk = new ReadOnlyBooleanWrapper(this, "inPk");
    private final ReadOnlyBooleanWrapper awaitingAnswer = new ReadOnlyBooleanWrapper(this, "awaitingAnswer");
    private final ReadOnlyStringWrapper standingText = new ReadOnlyStringWrapper(this, "standingText");
    private final ObservableList<RoomMember> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JoinRequestViewModel> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ObservableList<PeerViewModel> peers = FXCollections.observableArrayList();
    private final Map<String, PeerViewModel> peersById = new HashMap<>();
    private final ObservableList<String> activity = FXCollections.observableArrayList();
    private final ObservableList<RoomMember> membersView = FXCollections.unmodifiableObservableList(members);
    private final ObservableList<PeerViewModel> peersView = FXCollections.unmodifiableObservableList(peers);
    private final ObservableList<String> activityView = FXCollections.unmodifiableObservableList(activity);
    /** Blocking calls asked for and not finished yet; counted on the JavaFX thread. */
    private int callsUnderWay;
    /** The requester this owner answered last, to tell its own answers from the other side's in the log. */
    private String answered = "";

    public CoanchorViewModel(CoanchorControl control) {
        this(control, ANSWER_TIME);
    }

    /** @param answerTime how long the owner has to answer a request before it is rejected */
    public CoanchorViewModel(CoanchorControl control, Duration answerTime) {
        this.control = control;
        this.answerTime = answerTime;
        signedIn.addListener(observable -> updateStanding());
        room.addListener(observable -> updateStanding());
        awaitingAnswer.addListener(observable -> updateStanding());
        updateStanding();
    }

    public BooleanProperty builtInBackendProperty() {
        return builtInBackend;
    }

    public StringProperty backendAddressProperty() {
        return backendAddress;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty roomToJoinProperty() {
        return roomToJoin;
    }

    public StringProperty pkOpponentProperty() {
        return pkOpponent;
    }

    /** Who is logged in; null when nobody is. */
    public ReadOnlyObjectProperty<SignedIn> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** Whether a login, join or leave is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The room joined, as the hub last described it; null when in none. */
    public ReadOnlyObjectProperty<RoomState> roomProperty() {
        return room.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty coAnchorProperty() {
        return coAnchor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inPkProperty() {
        return inPk.getReadOnlyProperty();
    }

    /** Whether this anchor asked to link or for a PK and the answer has not come yet. */
    public ReadOnlyBooleanProperty awaitingAnswerProperty() {
        return awaitingAnswer.getReadOnlyProperty();
    }

    /** One line on where this anchor stands: logged out, in no room, owner, co-anchor, member, in a PK. */
    public ReadOnlyStringProperty standingTextProperty() {
        return standingText.getReadOnlyProperty();
    }

    public ObservableList<RoomMember> members() {
        return membersView;
    }

    /** The request waiting for this owner's answer; null when none waits. */
    public ReadOnlyObjectProperty<JoinRequestViewModel> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** The linked anchors whose streams play, one co-anchor window each. */
    public ObservableList<PeerViewModel> peers() {
        return peersView;
    }

    /** What happened, oldest first, each line with its time. */
    public ObservableList<String> activity() {
        return activityView;
    }

    public void logIn() {
        BackendChoice choice;
        try {
            choice = builtInBackend.get() ? new BackendChoice.BuiltIn()
                    : BackendChoice.Remote.parse(backendAddress.get(), user.get(), password.get());
        } catch (IllegalArgumentException e) {
            log(e.getMessage());
            return;
        }
        call("Logging in", () -> {
            SignedIn who = control.logIn(choice);
            Platform.runLater(() -> {
                clearRoom();
                password.set("");
                signedIn.set(who);
                roomToJoin.set(who.userId());
                log("Logged in as " + who.userId() + " at " + who.backend()
                        + (who.builtIn() ? " (this studio's backend: only this studio logs in to it)" : ""));
                log("Go live on " + who.stream() + " (signed by the backend) for co-anchors to see you");
            });
        });
    }

    public void logOut() {
        call("Logging out", () -> {
            control.logOut();
            Platform.runLater(() -> {
                clearRoom();
                signedIn.set(null);
                log("Logged out");
            });
        });
    }

    /** Joins the room typed in: the anchor's own ID opens its own room. */
    public void join() {
        String roomId = roomToJoin.get() == null ? "" : roomToJoin.get().trim();
        if (signedIn.get() == null) {
            log("Log in before joining a room");
            return;
        }
        if (!SignalCodec.isValidId(roomId)) {
            log("A room is named by its owner's user ID: 1 to 64 of A-Z a-z 0-9 _ -"
                    + (roomId.isEmpty() ? "" : "; '" + roomId + "' is not one"));
            return;
        }
        call("Joining " + roomId, () -> control.join(roomId, new FxListener()));
    }

    public void leave() {
        call("Leaving the room", () -> {
            control.leave();
            Platform.runLater(() -> {
                clearRoom();
                log("Left the room");
            });
        });
    }

    /** A member asks the room's owner to link. */
    public void askToJoin() {
        send(control::requestLink);
    }

    /** A co-anchor ends its link, or a member withdraws its request. */
    public void quitLink() {
        send(control::quitLink);
    }

    public void kick(String coAnchorId) {
        send(() -> control.kick(coAnchorId, "the owner ended the link"));
    }

    public void startPk() {
        String opponent = pkOpponent.get() == null ? "" : pkOpponent.get().trim();
        if (!SignalCodec.isValidId(opponent)) {
            log("Name the other room's owner for the PK: a user ID of 1 to 64 of A-Z a-z 0-9 _ -");
            return;
        }
        send(() -> control.startPk(opponent));
    }

    public void stopPk() {
        send(control::stopPk);
    }

    void setMuted(String peerId, boolean muted) {
        send(() -> control.setMuted(peerId, muted));
        log((muted ? "Muted " : "Unmuted ") + peerId);
    }

    /** Leaves the request unanswered, closes every co-anchor window and ends the worker; for when the window closes. */
    @Override
    public void close() {
        JoinRequestViewModel waiting = request.get();
        if (waiting != null) {
            waiting.dismiss();
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
                LOG.warn("The co-anchor controls did not finish within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clearRoom();
    }

    /** Runs a blocking call on the worker with the panel marked busy; a failure is logged in its own words. */
    private void call(String what, BlockingCall action) {
        busy.set(++callsUnderWay > 0);
        worker.execute(() -> {
            try {
                action.run();
            } catch (Exception e) {
                LOG.info("{} failed: {}", what, e.getMessage());
                Platform.runLater(() -> log(what + " failed: " + e.getMessage()));
            } finally {
                Platform.runLater(() -> busy.set(--callsUnderWay > 0));
            }
        });
    }

    /** Sends a command on the worker, after whatever was asked before it. */
    private void send(Runnable command) {
        worker.execute(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                Platform.runLater(() -> log(e.getMessage()));
            }
        });
    }

    private void answer(JoinRequestViewModel asked, boolean accepted, String reason) {
        String requester = asked.requesterId();
        answered = requester;
        boolean link = asked.topic() == JoinRequestViewModel.Topic.LINK;
        send(() -> {
            if (link && accepted) {
                control.accept(requester);
            } else if (link) {
                control.reject(requester, reason);
            } else if (accepted) {
                control.acceptPk(requester);
            } else {
                control.rejectPk(requester, reason);
            }
        });
        if (request.get() == asked) {
            request.set(null);
        }
    }

    private void onLinkEvent(LinkEvent event) {
        switch (event.kind()) {
            case JOINED, MEMBERS -> applyRoom(event.room());
            case REQUEST_SENT -> awaitingAnswer.set(true);
            case REQUEST_RECEIVED -> ask(event.peer(), JoinRequestViewModel.Topic.LINK);
            case PK_REQUEST_RECEIVED -> ask(event.peer(), JoinRequestViewModel.Topic.PK);
            case ACCEPTED, REJECTED, TIMEOUT, PK_STARTED -> {
                awaitingAnswer.set(false);
                JoinRequestViewModel waiting = request.get();
                if (waiting != null && waiting.requesterId().equals(event.peer())) {
                    waiting.dismiss();
                    request.set(null);
                }
            }
            case ROOM_CLOSED, DISCONNECTED -> clearRoom();
            default -> {
            }
        }
        if (event.kind() != LinkEvent.Kind.MEMBERS) {
            log(describe(event));
        }
    }

    private void ask(String requesterId, JoinRequestViewModel.Topic topic) {
        JoinRequestViewModel earlier = request.get();
        if (earlier != null) {
            earlier.dismiss();
        }
        request.set(new JoinRequestViewModel(requesterId, topic, answerTime, this::answer));
    }

    private void applyRoom(RoomState state) {
        SignedIn who = signedIn.get();
        if (state == null || who == null) {
            return;
        }
        String me = who.userId();
        owner.set(state.owner().equals(me));
        coAnchor.set(state.coAnchors().contains(me));
        inPk.set(state.pkWith() != null);
        room.set(state);
        members.setAll(rows(state, me));
        peers.forEach(peer -> peer.standing(standingOf(state, peer.peerId()), owner.get()));
    }

    private static List<RoomMember> rows(RoomState state, String me) {
        List<RoomMember> rows = new ArrayList<>();
        rows.add(new RoomMember(state.owner(), Standing.OWNER, state.owner().equals(me)));
        state.members().forEach(id -> rows.add(new RoomMember(id, standingOf(state, id), id.equals(me))));
        if (state.pkWith() != null) {
            rows.add(new RoomMember(state.pkWith(), Standing.PK_OPPONENT, false));
        }
        return rows;
    }

    private static Standing standingOf(RoomState state, String userId) {
        if (userId.equals(state.owner())) {
            return Standing.OWNER;
        }
        if (state.coAnchors().contains(userId)) {
            return Standing.CO_ANCHOR;
        }
        return userId.equals(state.pkWith()) ? Standing.PK_OPPONENT : Standing.MEMBER;
    }

    private void clearRoom() {
        JoinRequestViewModel waiting = request.get();
        if (waiting != null) {
            waiting.dismiss();
            request.set(null);
        }
        owner.set(false);
        coAnchor.set(false);
        inPk.set(false);
        awaitingAnswer.set(false);
        room.set(null);
        members.clear();
        peers.clear();
        peersById.clear();
    }

    private void updateStanding() {
        RoomState state = room.get();
        String text;
        if (signedIn.get() == null) {
            text = "Log in to co-anchor";
        } else if (state == null) {
            text = "Not in a room";
        } else if (owner.get() && state.pkWith() != null) {
            text = "In a PK with " + state.pkWith();
        } else if (owner.get()) {
            int linked = state.coAnchors().size();
            text = linked == 0 ? "Your room is open · " + state.members().size() + " watching"
                    : "Your room · " + linked + (linked == 1 ? " co-anchor" : " co-anchors");
        } else if (coAnchor.get()) {
            text = "Co-anchoring in " + state.owner() + "'s room";
        } else if (awaitingAnswer.get()) {
            text = "Waiting for " + state.owner() + " to answer…";
        } else {
            text = "In " + state.owner() + "'s room";
        }
        standingText.set(text);
    }

    private String describe(LinkEvent event) {
        String peer = event.peer();
        String message = event.message();
        boolean answeredHere = peer.equals(answered);
        return switch (event.kind()) {
            case JOINED -> owner.get() ? "Your room is open" : "Joined " + peer + "'s room";
            case MEMBERS -> "Room: " + message;
            case REQUEST_SENT -> capitalised(message);
            case REQUEST_RECEIVED -> peer + " asks to co-anchor";
            case PK_REQUEST_RECEIVED -> peer + " asks for a PK";
            case ACCEPTED -> answeredHere ? "You accepted " + peer : peer + " accepted";
            case REJECTED -> answeredHere ? "You turned " + peer + " down: " + message : peer + " " + message;
            case TIMEOUT -> "No answer in time: " + message;
            case LINKED -> "Linked with " + peer;
            case UNLINKED -> "The link with " + peer + " ended: " + message;
            case KICKED -> peer + " ended your link: " + message;
            case PK_STARTED -> "PK with " + peer + " started";
            case PK_ENDED -> "PK with " + peer + " ended: " + message;
            case ROLE -> "Now " + message;
            case MIX -> "Mix " + message;
            case REFUSED -> "Refused: " + ("-".equals(peer) ? "" : peer + ": ") + message;
            case ROOM_CLOSED -> "The room closed: " + message;
            case DISCONNECTED -> "Lost the backend: " + message;
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void log(String text) {
        activity.add(LocalTime.now().format(CLOCK) + "  " + text);
        if (activity.size() > ACTIVITY_LIMIT) {
            activity.remove(0, activity.size() - ACTIVITY_LIMIT);
        }
    }

    @FunctionalInterface
    private interface BlockingCall {
        void run() throws Exception;
    }

    /** Moves everything the engine reports onto the JavaFX thread. */
    private final class FxListener implements CoanchorListener {
        @Override
        public void onLinkEvent(LinkEvent event) {
            Platform.runLater(() -> CoanchorViewModel.this.onLinkEvent(event));
        }

        @Override
        public void onPeerAdded(String peerId, LatestFrameSlot<PreviewImage> video) {
            Platform.runLater(() -> {
                PeerViewModel peer = new PeerViewModel(peerId, video, CoanchorViewModel.this);
                RoomState state = room.get();
                if (state != null) {
                    peer.standing(standingOf(state, peerId), owner.get());
                }
                PeerViewModel replaced = peersById.put(peerId, peer);
                if (replaced != null) {
                    peers.remove(replaced);
                }
                peers.add(peer);
            });
        }

        @Override
        public void onPeerEvent(String peerId, MediaEvent event) {
            Platform.runLater(() -> {
                PeerViewModel peer = peersById.get(peerId);
                if (peer != null) {
                    peer.onEvent(event);
                }
                if (event.code().isError()) {
                    log(peerId + "'s stream: " + event.code().code() + " " + event.message());
                }
            });
        }

        @Override
        public void onPeerPlaying(String peerId, boolean playing) {
            Platform.runLater(() -> {
                PeerViewModel peer = peersById.get(peerId);
                if (peer != null) {
                    peer.playing(playing);
                }
            });
        }

        @Override
        public void onPeerStatus(String peerId, PlayStatus status) {
            Platform.runLater(() -> {
                PeerViewModel peer = peersById.get(peerId);
                if (peer != null) {
                    peer.onStatus(status);
                }
            });
        }

        @Override
        public void onPeerRemoved(String peerId) {
            Platform.runLater(() -> {
                PeerViewModel peer = peersById.remove(peerId);
                if (peer != null) {
                    peers.remove(peer);
                }
            });
        }
    }
}
