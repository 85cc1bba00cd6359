package studio.coanchor.linkmic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.mix.MixAnswer;

/**
 * One anchor's side of a co-anchor room: joins the room over the signaling hub, asks, answers and ends links and PKs,
 * and keeps the media engine in step with the room. The room state the hub sends is the truth: on every change the
 * session works out whom to play and which preset to push with, and (for the owner) which mix CDN viewers should see.
 *
 * <p>The owner sets the mix once its own push has begun and it plays every co-anchor: a co-anchor's stream that
 * plays has been pushed, which is SPEC §4's condition for calling Mix_StreamV2. When the last co-anchor leaves the
 * owner returns to {@link PublisherRole#SOLO} and ends the mix.
 *
 * <p>All state lives on the {@code linkmic-session} thread; public methods hand their work to it. Mix requests,
 * which block for as long as the backend retries, run on {@code linkmic-mix}. Events reach the listener on either
 * thread.
 */
public final class CoanchorSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoanchorSession.class);
    private static final long JOIN_WAIT_MILLIS = 5_000;
    private static final long STOP_WAIT_MILLIS = 15_000;

    private final BackendAccount account;
    private final String roomId;
    private final boolean owner;
    private final CoanchorMedia media;
    private final MixControl mix;
    private final Consumer<LinkEvent> events;
    private final Clock clock;
    private final ExecutorService session = singleThread("linkmic-session");
    private final ExecutorService mixing = singleThread("linkmic-mix");

    private SignalingClient signaling;
    private CompletableFuture<Void> joined = new CompletableFuture<>();
    private RoomState room;
    private Answer autoAnswer;
    private PublisherRole role = PublisherRole.SOLO;
    private boolean pushing;
    private final Set<String> playing = new LinkedHashSet<>();
    private final Set<String> started = new LinkedHashSet<>();
    private final Map<String, String> streamOf = new HashMap<>();
    private String ownStream;
    private String ownAccUrl;
    private String mixed = "";

    /**
     * @param roomId the room to join: the anchor's own user ID opens its room as owner, any other joins as member
     */
    public CoanchorSession(BackendAccount account, String roomId, CoanchorMedia media, MixControl mix,
                           Consumer<LinkEvent> events, Clock clock) {
        if (!SignalCodec.isValidId(roomId)) {
            throw new IllegalArgumentException("a room ID is 1 to 64 of A-Z a-z 0-9 _ -: the owner's user ID");
        }
        this.account = account;
        this.roomId = roomId;
        this.owner = roomId.equals(account.userId());
        this.media = media;
        this.mix = mix;
        this.events = events;
        this.clock = clock;
    }

    public boolean isOwner() {
        return owner;
    }

    /** Connects, joins the room and waits for the hub to confirm; a refusal is thrown with the hub's words. */
    public void start() throws BackendException {
        StreamGrant grant = account.streams();
        SignalingClient client = SignalingClient.connect(account, new Inbox());
        CompletableFuture<Void> confirmation = call(() -> {
            ownStream = grant.streamId();
            ownAccUrl = grant.accPlay();
            signaling = client;
            joined = new CompletableFuture<>();
            signaling.send(RoomCommand.join(roomId));
            return joined;
        }).thenCompose(future -> future);
        try {
            confirmation.get(JOIN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            client.close();
            throw new BackendException("could not join room " + roomId + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            client.close();
            throw new BackendException("the signaling hub did not confirm joining room " + roomId + " within "
                    + JOIN_WAIT_MILLIS / 1000 + " s");
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while joining room " + roomId, e);
        }
    }

    /** How an owner answers requests without asking anyone (accept all, reject all), or null to ask. */
    public void answerAutomatically(Answer answer) {
        session.execute(() -> autoAnswer = answer);
    }

    /** A member asks the owner to link. */
    public void requestLink() {
        run(() -> {
            refuseUnless(!owner, "the owner of a room does not ask to link with it");
            signaling.send(LinkMicMessage.request(roomId, account.userId(), clock.millis()));
            emit(LinkEvent.Kind.REQUEST_SENT, roomId, "asked to link with " + roomId);
        });
    }

    /** The owner accepts {@code requesterId}'s waiting request. */
    public void accept(String requesterId) {
        run(() -> {
            refuseUnless(owner, "only the room's owner answers requests");
            signaling.send(LinkMicMessage.accept(roomId, requesterId, clock.millis()));
            emit(LinkEvent.Kind.ACCEPTED, requesterId, "accepted");
        });
    }

    public void reject(String requesterId, String reason) {
        run(() -> {
            refuseUnless(owner, "only the room's owner answers requests");
            signaling.send(LinkMicMessage.reject(roomId, requesterId, reason, clock.millis()));
            emit(LinkEvent.Kind.REJECTED, requesterId, reason);
        });
    }

    /** This room's owner accepts the PK that {@code otherOwnerId}, the owner of another room, asked for. */
    public void acceptPk(String otherOwnerId) {
        run(() -> {
            refuseUnless(owner, "only a room's owner takes part in a PK");
            signaling.send(PkMessage.accept(roomId, otherOwnerId, ownAccUrl, clock.millis()));
            emit(LinkEvent.Kind.ACCEPTED, otherOwnerId, "PK accepted");
        });
    }

    public void rejectPk(String otherOwnerId, String reason) {
        run(() -> {
            refuseUnless(owner, "only a room's owner takes part in a PK");
            signaling.send(PkMessage.reject(roomId, otherOwnerId, reason, clock.millis()));
            emit(LinkEvent.Kind.REJECTED, otherOwnerId, reason);
        });
    }

    /** The owner ends a co-anchor's link. */
    public void kick(String coAnchorId, String reason) {
        run(() -> {
            refuseUnless(owner, "only the room's owner kicks co-anchors out");
            signaling.send(LinkMicMessage.kickout(roomId, coAnchorId, reason, clock.millis()));
        });
    }

    /** A co-anchor ends its own link, or withdraws its waiting request. */
    public void quit() {
        run(() -> {
            refuseUnless(!owner, "the owner ends links by kicking co-anchors out");
            signaling.send(LinkMicMessage.quit(roomId, clock.millis()));
        });
    }

    /** The owner asks the owner of another room to compete; both then play each other. */
    public void startPk(String otherOwnerId) {
        run(() -> {
            refuseUnless(owner, "only a room's owner takes part in a PK");
            signaling.send(PkMessage.start(roomId, otherOwnerId, ownAccUrl, clock.millis()));
            emit(LinkEvent.Kind.REQUEST_SENT, otherOwnerId, "asked " + otherOwnerId + " for a PK");
        });
    }

    public void stopPk() {
        run(() -> {
            String peer = room == null ? null : room.pkWith();
            refuseUnless(owner && peer != null, "this room is not in a PK");
            signaling.send(PkMessage.stop(roomId, peer, clock.millis()));
        });
    }

    /** The media engine reports that this anchor's push has begun (PUSH_EVT_PUSH_BEGIN). */
    public void pushBegan() {
        session.execute(() -> {
            pushing = true;
            updateMix();
        });
    }

    private void peerPlaying(String peerId) {
        session.execute(() -> {
            if (playing.contains(peerId) && started.add(peerId)) {
                emit(LinkEvent.Kind.LINKED, peerId, "playing " + peerId + "'s stream");
                updateMix();
            }
        });
    }

    /** Leaves the room, stops every peer, ends the owner's mix and returns to the anchor's own preset. */
    @Override
    public void close() {
        if (session.isShutdown()) {
            return;
        }
        CompletableFuture<Void> done = call(() -> {
            if (signaling != null) {
                signaling.send(RoomCommand.leave(roomId));
                signaling.close();
                signaling = null;
            }
            room = null;
            reconcile();
            return null;
        });
        try {
            done.get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Leaving room {} did not finish cleanly: {}", roomId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop(session);
        stop(mixing);
    }

    private void onMessage(SignalMessage message) {
        if (message instanceof RoomState state) {
            onRoomState(state);
        } else if (message instanceof SignalError error) {
            if (!joined.isDone() && "room".equals(error.refusedCmd())) {
                joined.completeExceptionally(new IllegalStateException(error.message()));
            }
            emit(LinkEvent.Kind.REFUSED, "-", error.code().name().toLowerCase(Locale.ROOT) + ": "
                    + error.message());
        } else if (message instanceof LinkMicMessage link) {
            onLinkMic(link);
        } else if (message instanceof PkMessage pk) {
            onPk(pk);
        }
    }

    private void onRoomState(RoomState state) {
        switch (state.type()) {
            case JOINED, MEMBERS -> {
                room = state;
                joined.complete(null);
                emit(new LinkEvent(state.type() == RoomState.Type.JOINED ? LinkEvent.Kind.JOINED
                        : LinkEvent.Kind.MEMBERS, state.owner(), "room=" + state.roomId() + " members="
                        + String.join(",", state.members()) + " coanchors=" + String.join(",", state.coAnchors())
                        + " pk=" + (state.pkWith() == null ? "-" : state.pkWith()), state));
                reconcile();
            }
            case CLOSED -> {
                room = null;
                emit(LinkEvent.Kind.ROOM_CLOSED, state.roomId(), state.reason());
                reconcile();
            }
            case LEFT -> room = null;
        }
    }

    private void onLinkMic(LinkMicMessage link) {
        switch (link.type()) {
            case REQUEST -> {
                emit(LinkEvent.Kind.REQUEST_RECEIVED, link.userId(), link.userName() + " asks to link");
                answerIfAutomatic(link.userId(), () -> signaling.send(autoAnswer == Answer.ACCEPT
                        ? LinkMicMessage.accept(roomId, link.userId(), clock.millis())
                        : LinkMicMessage.reject(roomId, link.userId(), "not taking co-anchors", clock.millis())));
            }
            case RESPONSE -> emit(link.result() == Answer.ACCEPT ? LinkEvent.Kind.ACCEPTED : LinkEvent.Kind.REJECTED,
                    link.userId(), link.result() == Answer.ACCEPT ? "accepted by " + link.userId()
                            : "rejected: " + (link.reason() == null ? "no reason given" : link.reason()));
            case KICKOUT -> emit(LinkEvent.Kind.KICKED, link.userId(),
                    link.reason() == null ? "the owner ended the link" : link.reason());
            case TIMEOUT -> emit(LinkEvent.Kind.TIMEOUT, link.userId(), link.reason());
            case ENDED -> emit(LinkEvent.Kind.UNLINKED, link.userId(), link.reason());
            case QUIT -> emit(LinkEvent.Kind.UNLINKED, link.userId(), "quit");
        }
    }

    private void onPk(PkMessage pk) {
        switch (pk.type()) {
            case REQUEST -> {
                if (pk.action() == PkMessage.Action.STOP) {
                    emit(LinkEvent.Kind.PK_ENDED, pk.userId(), "stopped by " + pk.userId());
                    return;
                }
                emit(LinkEvent.Kind.PK_REQUEST_RECEIVED, pk.userId(), pk.userId() + " asks for a PK");
                answerIfAutomatic(pk.userId(), () -> signaling.send(autoAnswer == Answer.ACCEPT
                        ? PkMessage.accept(roomId, pk.userId(), ownAccUrl, clock.millis())
                        : PkMessage.reject(roomId, pk.userId(), "not taking PKs", clock.millis())));
            }
            case RESPONSE -> emit(pk.result() == Answer.ACCEPT ? LinkEvent.Kind.PK_STARTED : LinkEvent.Kind.REJECTED,
                    pk.userId(), pk.result() == Answer.ACCEPT ? "PK with " + pk.userId()
                            : "PK rejected: " + (pk.reason() == null ? "no reason given" : pk.reason()));
            case TIMEOUT -> emit(LinkEvent.Kind.TIMEOUT, pk.userId(), pk.reason());
            case ENDED -> emit(LinkEvent.Kind.PK_ENDED, pk.userId(), pk.reason());
        }
    }

    private void answerIfAutomatic(String requesterId, Runnable answer) {
        if (autoAnswer != null && owner) {
            answer.run();
            emit(autoAnswer == Answer.ACCEPT ? LinkEvent.Kind.ACCEPTED : LinkEvent.Kind.REJECTED, requesterId,
                    "answered automatically");
        }
    }

    /** Brings role, players and mix in line with the room as the hub last described it. */
    private void reconcile() {
        Set<String> peers = new LinkedHashSet<>();
        PublisherRole wanted = PublisherRole.SOLO;
        if (room != null && owner) {
            peers.addAll(room.coAnchors());
            if (room.pkWith() != null) {
                peers.add(room.pkWith());
            }
            wanted = peers.isEmpty() ? PublisherRole.SOLO : PublisherRole.MAIN;
        } else if (room != null && room.coAnchors().contains(account.userId())) {
            peers.add(room.owner());
            room.coAnchors().stream().filter(id -> !id.equals(account.userId())).forEach(peers::add);
            wanted = PublisherRole.SUB;
        }
        if (wanted != role) {
            role = wanted;
            media.publishAs(wanted);
            emit(LinkEvent.Kind.ROLE, "-", "pushing as " + wanted.name().toLowerCase(Locale.ROOT));
        }
        for (String gone : new ArrayList<>(playing)) {
            if (!peers.contains(gone)) {
                media.stopPeer(gone);
                playing.remove(gone);
                started.remove(gone);
            }
        }
        List<String> newcomers = peers.stream().filter(peer -> !playing.contains(peer)).toList();
        if (!newcomers.isEmpty()) {
            playNewcomers(newcomers);
        }
        updateMix();
    }

    private void playNewcomers(List<String> newcomers) {
        StreamGrant grant;
        try {
            grant = account.streams();
        } catch (BackendException e) {
            emit(LinkEvent.Kind.REFUSED, "-", e.getMessage());
            return;
        }
        for (String peer : newcomers) {
            var stream = grant.linkedStream(peer);
            if (stream.isEmpty()) {
                emit(LinkEvent.Kind.REFUSED, peer, "the backend gave no play URL for " + peer
                        + "; the link may have ended meanwhile");
                continue;
            }
            streamOf.put(peer, stream.get().streamId());
            playing.add(peer);
            media.playPeer(peer, stream.get().acc(), () -> peerPlaying(peer));
        }
    }

    private void updateMix() {
        if (!owner || ownStream == null) {
            return;
        }
        List<String> coAnchors = room == null ? List.of() : room.coAnchors();
        String pkPeer = room == null ? null : room.pkWith();
        String target;
        MixRequest request;
        if (!coAnchors.isEmpty()) {
            List<String> streams = coAnchors.stream().map(streamOf::get).toList();
            target = "column:" + String.join(",", coAnchors);
            request = () -> mix.mixCoAnchors(ownStream, streams);
        } else if (pkPeer != null) {
            String peerStream = streamOf.get(pkPeer);
            target = "pk:" + pkPeer;
            request = () -> mix.mixPk(ownStream, peerStream);
        } else {
            target = "";
            request = () -> mix.endMix(ownStream);
        }
        boolean everyInputLive = pushing && started.containsAll(playing) && playing.size() == coAnchors.size()
                + (pkPeer == null ? 0 : 1);
        if (target.equals(mixed) || (!target.isEmpty() && !everyInputLive)) {
            return;
        }
        mixed = target;
        mixing.execute(() -> sendMix(request, target));
    }

    private void sendMix(MixRequest request, String target) {
        String what = target.isEmpty() ? "ended" : target;
        boolean succeeded;
        try {
            MixAnswer answer = request.send();
            succeeded = answer.succeeded();
            emit(LinkEvent.Kind.MIX, "-", what + " code=" + answer.code() + " " + answer.message());
        } catch (BackendException e) {
            succeeded = false;
            emit(LinkEvent.Kind.MIX, "-", what + " failed: " + e.getMessage());
        }
        if (!succeeded) {
            session.execute(() -> {
                if (mixed.equals(target)) {
                    mixed = "failed";
                }
            });
        }
    }

    private void emit(LinkEvent.Kind kind, String peer, String message) {
        emit(new LinkEvent(kind, peer, message == null ? "" : message));
    }

    private void emit(LinkEvent event) {
        LOG.info("{}", event.line());
        try {
            events.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("A link event listener failed on {}", event.kind(), e);
        }
    }

    private void refuseUnless(boolean allowed, String why) {
        if (!allowed) {
            throw new IllegalStateException(why);
        }
        if (signaling == null) {
            throw new IllegalStateException("not connected to the signaling hub: start the session first");
        }
    }

    private void run(Runnable action) {
        session.execute(() -> {
            try {
                action.run();
            } catch (IllegalStateException | IllegalArgumentException e) {
                emit(LinkEvent.Kind.REFUSED, "-", e.getMessage());
            }
        });
    }

    private <T> CompletableFuture<T> call(Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        session.execute(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface MixRequest {
        MixAnswer send() throws BackendException;
    }

    /** Hands what the hub says to the session thread; what arrives after the session closed is dropped. */
    private final class Inbox implements SignalingClient.Listener {
        @Override
        public void onMessage(SignalMessage message) {
            deliver(() -> CoanchorSession.this.onMessage(message));
        }

        @Override
        public void onDisconnected(String reason) {
            deliver(() -> {
                if (signaling == null) {
                    return;
                }
                signaling.close();
                signaling = null;
                room = null;
                joined.completeExceptionally(new IllegalStateException(reason));
                emit(LinkEvent.Kind.DISCONNECTED, "-", reason);
                reconcile();
            });
        }

        private void deliver(Runnable work) {
            try {
                session.execute(work);
            } catch (RejectedExecutionException closed) {
                LOG.debug("Room {}: a signaling message arrived after the session closed", roomId);
            }
        }
    }
}
