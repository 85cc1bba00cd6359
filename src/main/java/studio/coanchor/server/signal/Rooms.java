package studio.coanchor.server.signal;

import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.linkmic.Answer;
import studio.coanchor.linkmic.LinkMicMessage;
import studio.coanchor.linkmic.PeerMessage;
import studio.coanchor.linkmic.PkMessage;
import studio.coanchor.linkmic.RoomCommand;
import studio.coanchor.linkmic.RoomState;
import studio.coanchor.linkmic.SignalErrorCode;
import studio.coanchor.linkmic.SignalMessage;
import studio.coanchor.server.RoomView;

/**
 * The rules of rooms, links and PKs (SPEC §5) over every signed-in connection. A room's ID is its owner's user
 * ID; the owner opens it by joining it and closes it by leaving. Only the owner answers link requests and kicks;
 * a request waits at most {@link SignalingRules#answerTimeout()} and a room holds one waiting request at a time;
 * a room links at most {@link RoomState#MAX_CO_ANCHORS} co-anchors; link-mic and PK exclude each other. One lock
 * guards all of it; the answer timers run on the hub's timer thread.
 */
final class Rooms {
    private static final Logger LOG = LoggerFactory.getLogger(Rooms.class);

    private final Clock clock;
    private final SignalingRules rules;
    private final Map<String, SignalConnection> online = new HashMap<>();
    private final Map<String, Room> open = new LinkedHashMap<>();
    private ScheduledExecutorService timer;

    Rooms(Clock clock, SignalingRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /** Runs the answer timers on {@code timers} from now on. */
    synchronized void start(ScheduledExecutorService timers) {
        timer = timers;
    }

    /** Forgets every room and connection and cancels the answer timers. */
    synchronized void stop() {
        timer = null;
        open.values().stream().filter(room -> room.pending() != null).forEach(room -> room.pending().cancelExpiry());
        open.clear();
        online.values().forEach(SignalConnection::leave);
        online.clear();
    }

    /** Signs a connection in; an earlier connection of the same user is taken out of its room and returned. */
    synchronized SignalConnection signIn(SignalConnection connection) {
        SignalConnection earlier = online.put(connection.userId(), connection);
        if (earlier != null) {
            leaveRoom(earlier, earlier.userId() + " signed in again");
        }
        return earlier;
    }

    /** Takes a closed connection out of its room, telling the others; false when it had been replaced already. */
    synchronized boolean signOut(SignalConnection connection, String why) {
        if (!online.remove(connection.userId(), connection)) {
            return false;
        }
        leaveRoom(connection, why);
        return true;
    }

    /** Carries out one client command, or throws a {@link Refusal} saying why not. */
    synchronized void handle(SignalConnection sender, SignalMessage message) {
        if (online.get(sender.userId()) != sender) {
            return;
        }
        if (!message.sentByClient()) {
            throw new Refusal(SignalErrorCode.SERVER_ONLY, "'" + message.cmd() + " " + message.typeName()
                    + "' is a message the server sends, not one a client may send");
        }
        if (message instanceof RoomCommand command) {
            if (command.type() == RoomCommand.Type.JOIN) {
                join(sender, command.roomId());
            } else {
                leave(sender, command.roomId());
            }
            return;
        }
        PeerMessage command = (PeerMessage) message;
        checkSender(sender, command);
        checkAge(command);
        if (command instanceof LinkMicMessage linkMic) {
            linkMic(sender, linkMic);
        } else {
            pk(sender, (PkMessage) command);
        }
    }

    /** The users whose streams {@code userId} plays: an owner its co-anchors and PK peer, a co-anchor the rest. */
    synchronized Set<String> linkedWith(String userId) {
        SignalConnection connection = online.get(userId);
        Room room = connection == null ? null : connection.room();
        Set<String> linked = new LinkedHashSet<>();
        if (room != null && room.isOwner(connection)) {
            room.coAnchors().forEach(coAnchor -> linked.add(coAnchor.userId()));
            if (room.pkPeer() != null) {
                linked.add(room.pkPeer().id());
            }
        } else if (room != null && room.isLinked(connection)) {
            linked.add(room.id());
            room.coAnchors().stream().filter(other -> other != connection).forEach(other -> linked.add(other.userId()));
        }
        return Collections.unmodifiableSet(linked);
    }

    synchronized List<RoomView> views() {
        return open.values().stream().map(Room::view).toList();
    }

    private void join(SignalConnection who, String roomId) {
        if (who.room() != null) {
            throw new Refusal(SignalErrorCode.ALREADY_IN_ROOM, who.room().id().equals(roomId)
                    ? "you are in room " + roomId + " already"
                    : "you are in room " + who.room().id() + "; leave it before joining room " + roomId);
        }
        Room room;
        if (roomId.equals(who.userId())) {
            room = new Room(who);
            open.put(roomId, room);
            LOG.info("{} opened room {}", who, roomId);
        } else {
            room = roomNamed(roomId);
            if (room.memberCount() >= RoomState.MAX_MEMBERS) {
                throw new Refusal(SignalErrorCode.ROOM_CROWDED, "room " + roomId + " holds " + RoomState.MAX_MEMBERS
                        + " members, the most it takes");
            }
            room.add(who);
            LOG.info("{} joined room {}", who, roomId);
        }
        who.enter(room);
        who.send(room.state(RoomState.Type.JOINED, now()));
        tellRoom(room, who);
    }

    private void leave(SignalConnection who, String roomId) {
        Room room = who.room();
        if (room == null || !room.id().equals(roomId)) {
            throw new Refusal(SignalErrorCode.NOT_IN_ROOM, "you are not in room " + roomId);
        }
        leaveRoom(who, who.userId() + " left room " + roomId);
        who.send(RoomState.left(roomId, now()));
    }

    private void leaveRoom(SignalConnection who, String why) {
        Room room = who.room();
        if (room == null) {
            return;
        }
        if (room.isOwner(who)) {
            close(room, why);
            return;
        }
        PendingRequest request = room.pending();
        boolean requesting = request != null && request.requester() == who;
        if (requesting) {
            settle(request);
        }
        if (requesting || room.isLinked(who)) {
            SignalConnection owner = room.owner();
            owner.send(LinkMicMessage.ended(room.id(), who.userId(), owner.userId(), why, now()));
        }
        room.remove(who);
        who.leave();
        tellRoom(room, null);
        LOG.info("{} is out of room {}: {}", who, room.id(), why);
    }

    /** The owner left: its waiting request, PK and links end, and every member is told the room closed. */
    private void close(Room room, String why) {
        long now = now();
        String ownerId = room.id();
        PendingRequest request = room.pending();
        if (request != null) {
            settle(request);
            if (request.isPk()) {
                Room other = request.asked() == room ? request.requesterRoom() : request.asked();
                other.owner().send(PkMessage.ended(ownerId, ownerId, other.id(), why, now));
            } else {
                SignalConnection requester = request.requester();
                requester.send(LinkMicMessage.ended(ownerId, ownerId, requester.userId(), why, now));
            }
        }
        Room peer = room.pkPeer();
        if (peer != null) {
            room.pkWith(null);
            peer.pkWith(null);
            peer.owner().send(PkMessage.ended(ownerId, ownerId, peer.id(), why, now));
            tellRoom(peer, null);
        }
        for (SignalConnection coAnchor : room.coAnchors()) {
            coAnchor.send(LinkMicMessage.ended(ownerId, ownerId, coAnchor.userId(), why, now));
        }
        for (SignalConnection member : room.members()) {
            member.leave();
            member.send(RoomState.closed(ownerId, why, now));
        }
        room.owner().leave();
        open.remove(ownerId);
        LOG.info("Room {} closed: {}", ownerId, why);
    }

    private void linkMic(SignalConnection sender, LinkMicMessage message) {
        switch (message.type()) {
            case REQUEST -> requestLink(sender, message);
            case RESPONSE -> answerLink(sender, message);
            case KICKOUT -> kick(sender, message);
            case QUIT -> quit(sender, message);
        }
    }

    private void requestLink(SignalConnection sender, LinkMicMessage message) {
        Room room = roomNamed(message.roomId());
        if (room.isOwner(sender)) {
            throw new Refusal(SignalErrorCode.INVALID_TARGET,
                    "you own room " + room.id() + "; a link request goes to another room's owner");
        }
        if (sender.room() != room) {
            throw new Refusal(SignalErrorCode.NOT_IN_ROOM,
                    "join room " + room.id() + " before asking its owner to link");
        }
        if (room.isLinked(sender)) {
            throw new Refusal(SignalErrorCode.ALREADY_LINKED, "you are linked in room " + room.id() + " already");
        }
        if (room.pkPeer() != null) {
            throw new Refusal(SignalErrorCode.IN_PK, "room " + room.id() + " is in a PK with " + room.pkPeer().id()
                    + "; link-mic and PK exclude each other, so ask when the PK has ended");
        }
        checkNothingPending(room, sender);
        if (room.coAnchors().size() >= RoomState.MAX_CO_ANCHORS) {
            throw new Refusal(SignalErrorCode.ROOM_FULL, "room " + room.id() + " links "
                    + RoomState.MAX_CO_ANCHORS + " co-anchors, the most it takes");
        }
        await(new PendingRequest(sender, room, null));
        room.owner().send(message.relayed(sender.userId(), room.id()));
        LOG.info("{} asks to link in room {}", sender, room.id());
    }

    private void answerLink(SignalConnection sender, LinkMicMessage message) {
        Room room = ownRoom(sender, message.roomId(), "answers link requests");
        PendingRequest request = room.pending();
        if (request == null || request.isPk()) {
            throw new Refusal(SignalErrorCode.NO_PENDING_REQUEST,
                    "no link request waits for an answer in room " + room.id());
        }
        SignalConnection requester = checkRequester(request, message.targetId());
        settle(request);
        boolean accepted = message.result() == Answer.ACCEPT;
        if (accepted) {
            room.link(requester);
        }
        requester.send(message.relayed(sender.userId(), requester.userId()));
        if (accepted) {
            tellRoom(room, null);
        }
        LOG.info("{} {} the link request of {} (co-anchors: {})", sender, accepted ? "accepted" : "rejected",
                requester, room.coAnchors());
    }

    private void kick(SignalConnection sender, LinkMicMessage message) {
        Room room = ownRoom(sender, message.roomId(), "kicks co-anchors out");
        SignalConnection target = room.member(message.targetId());
        if (target == null || !room.isLinked(target)) {
            throw new Refusal(SignalErrorCode.NOT_LINKED,
                    message.targetId() + " is not linked in room " + room.id());
        }
        room.unlink(target);
        target.send(message.relayed(sender.userId(), target.userId()));
        tellRoom(room, null);
        LOG.info("{} kicked {} out of the link", sender, target);
    }

    /** A co-anchor ends its link, or a member withdraws its waiting request. */
    private void quit(SignalConnection sender, LinkMicMessage message) {
        Room room = roomNamed(message.roomId());
        PendingRequest request = room.pending();
        boolean withdrawing = request != null && request.requester() == sender;
        if (!withdrawing && !room.isLinked(sender)) {
            throw new Refusal(SignalErrorCode.NOT_LINKED, "you are not linked in room " + room.id()
                    + " and have no request waiting there");
        }
        SignalConnection owner = room.owner();
        if (withdrawing) {
            settle(request);
        } else {
            room.unlink(sender);
            tellRoom(room, null);
        }
        String why = sender.userId() + (withdrawing ? " withdrew the request" : " ended the link");
        owner.send(LinkMicMessage.ended(room.id(), sender.userId(), owner.userId(), why, now()));
        LOG.info("{} in room {}", why, room.id());
    }

    private void pk(SignalConnection sender, PkMessage message) {
        if (message.type() == PkMessage.Type.RESPONSE) {
            answerPk(sender, message);
        } else if (message.action() == PkMessage.Action.START) {
            startPk(sender, message);
        } else {
            stopPk(sender, message);
        }
    }

    private void startPk(SignalConnection sender, PkMessage message) {
        Room own = ownRoom(sender, message.roomId(), "starts a PK for it");
        if (message.targetId().equals(sender.userId())) {
            throw new Refusal(SignalErrorCode.INVALID_TARGET, "a PK needs the owner of another room, not you");
        }
        Room other = open.get(message.targetId());
        if (other == null) {
            throw new Refusal(SignalErrorCode.NO_SUCH_ROOM,
                    message.targetId() + " has no open room; a PK is between two owners in their own rooms");
        }
        for (Room room : List.of(own, other)) {
            if (room.pkPeer() != null) {
                throw new Refusal(SignalErrorCode.IN_PK,
                        "room " + room.id() + " is in a PK with " + room.pkPeer().id() + " already");
            }
            if (!room.coAnchors().isEmpty()) {
                throw new Refusal(SignalErrorCode.LINKED, "room " + room.id() + " has linked co-anchors; "
                        + "link-mic and PK exclude each other, so end the links first");
            }
            checkNothingPending(room, sender);
        }
        await(new PendingRequest(sender, other, own));
        other.owner().send(message.relayed(sender.userId(), other.id()));
        LOG.info("{} asks {} for a PK", sender, other.id());
    }

    private void answerPk(SignalConnection sender, PkMessage message) {
        Room own = ownRoom(sender, message.roomId(), "answers PK requests for it");
        PendingRequest request = own.pending();
        if (request == null || !request.isPk() || request.asked() != own) {
            throw new Refusal(SignalErrorCode.NO_PENDING_REQUEST, "no PK request waits for " + own.id() + "'s answer");
        }
        SignalConnection requester = checkRequester(request, message.targetId());
        settle(request);
        boolean accepted = message.result() == Answer.ACCEPT;
        Room requesterRoom = request.requesterRoom();
        if (accepted) {
            own.pkWith(requesterRoom);
            requesterRoom.pkWith(own);
        }
        requester.send(message.relayed(sender.userId(), requester.userId()));
        if (accepted) {
            tellRoom(own, null);
            tellRoom(requesterRoom, null);
        }
        LOG.info("{} {} the PK request of {}", sender, accepted ? "accepted" : "rejected", requester);
    }

    /** Ends a PK, or withdraws a PK request the sender is waiting on. */
    private void stopPk(SignalConnection sender, PkMessage message) {
        Room own = ownRoom(sender, message.roomId(), "stops its PK");
        PendingRequest request = own.pending();
        if (request != null && request.isPk() && request.requester() == sender
                && request.asked().id().equals(message.targetId())) {
            settle(request);
            request.asked().owner().send(message.relayed(sender.userId(), request.asked().id()));
            LOG.info("{} withdrew its PK request to {}", sender, request.asked().id());
            return;
        }
        Room peer = own.pkPeer();
        if (peer == null || !peer.id().equals(message.targetId())) {
            throw new Refusal(SignalErrorCode.NOT_LINKED,
                    "room " + own.id() + " is not in a PK with " + message.targetId());
        }
        own.pkWith(null);
        peer.pkWith(null);
        peer.owner().send(message.relayed(sender.userId(), peer.id()));
        tellRoom(own, null);
        tellRoom(peer, null);
        LOG.info("{} stopped the PK with {}", sender, peer.id());
    }

    private void await(PendingRequest request) {
        if (timer == null) {
            throw new IllegalStateException("the signaling hub is not started");
        }
        request.expireWith(timer.schedule(() -> expire(request), rules.answerTimeout().toMillis(),
                TimeUnit.MILLISECONDS));
        request.asked().setPending(request);
        if (request.isPk()) {
            request.requesterRoom().setPending(request);
        }
    }

    private void settle(PendingRequest request) {
        request.cancelExpiry();
        request.asked().setPending(null);
        if (request.isPk()) {
            request.requesterRoom().setPending(null);
        }
    }

    /** On the timer thread: an unanswered request ends, and both sides are told. */
    private synchronized void expire(PendingRequest request) {
        if (request.asked().pending() != request) {
            return;
        }
        settle(request);
        String why = request.asked().id() + " did not answer within " + rules.answerTimeout().toMillis() + " ms";
        String requesterId = request.requester().userId();
        long now = now();
        for (SignalConnection side : List.of(request.requester(), request.asked().owner())) {
            side.send(request.isPk()
                    ? PkMessage.timeout(request.roomId(), requesterId, side.userId(), why, now)
                    : LinkMicMessage.timeout(request.roomId(), requesterId, side.userId(), why, now));
        }
        LOG.info("The {} request of {} timed out: {}", request.cmd(), requesterId, why);
    }

    private void checkNothingPending(Room room, SignalConnection sender) {
        PendingRequest request = room.pending();
        if (request != null) {
            throw new Refusal(SignalErrorCode.REQUEST_PENDING, request.requester() == sender
                    ? "your request is waiting for an answer already"
                    : "a request waits for an answer in room " + room.id()
                    + "; one request at a time, so try again when it is answered or times out");
        }
    }

    private static SignalConnection checkRequester(PendingRequest request, String targetId) {
        SignalConnection requester = request.requester();
        if (targetId != null && !targetId.equals(requester.userId())) {
            throw new Refusal(SignalErrorCode.NO_PENDING_REQUEST,
                    "the waiting request is from " + requester.userId() + ", not from " + targetId);
        }
        return requester;
    }

    private void checkSender(SignalConnection sender, PeerMessage message) {
        if (message.userId() != null && !message.userId().equals(sender.userId())) {
            throw new Refusal(SignalErrorCode.USER_MISMATCH, "userID " + message.userId()
                    + " is not the user this connection signed in as; leave userID out and the server fills it in");
        }
    }

    private void checkAge(PeerMessage message) {
        long age = now() - message.timestamp();
        long most = rules.maxCommandAge().toMillis();
        if (age > most) {
            throw new Refusal(SignalErrorCode.STALE, "the command is " + age + " ms old and was dropped: commands "
                    + "older than " + most + " ms are; if it was just sent, check the computer's clock");
        }
        if (-age > most) {
            throw new Refusal(SignalErrorCode.CLOCK_SKEW, "the command's timestamp lies " + -age
                    + " ms in the future; check the computer's clock");
        }
    }

    private Room roomNamed(String roomId) {
        Room room = open.get(roomId);
        if (room == null) {
            throw new Refusal(SignalErrorCode.NO_SUCH_ROOM,
                    "room " + roomId + " is not open: its owner " + roomId + " has not joined it");
        }
        return room;
    }

    private Room ownRoom(SignalConnection sender, String roomId, String what) {
        Room room = roomNamed(roomId);
        if (!room.isOwner(sender)) {
            throw new Refusal(SignalErrorCode.NOT_OWNER, "only " + roomId + ", the owner of room " + roomId
                    + ", " + what);
        }
        return room;
    }

    /** Sends the room's state to everyone in it but {@code except} (which may be null). */
    private void tellRoom(Room room, SignalConnection except) {
        RoomState state = room.state(RoomState.Type.MEMBERS, now());
        room.everyone().stream().filter(connection -> connection != except).forEach(c -> c.send(state));
    }

    private long now() {
        return clock.millis();
    }
}
