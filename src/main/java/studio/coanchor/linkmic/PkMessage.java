package studio.coanchor.linkmic;

/**
 * A {@code pk} message: the owner of one room asks the owner of another to compete (anchor PK), the other answers,
 * either stops it, and the server tells both sides when a request timed out or a PK ended. Wire fields:
 * {@code type, action, roomID, userID, targetID, accelerateURL, result, reason, timestamp}.
 *
 * @param action        start or stop, in a request
 * @param roomId        the sender's own room (for {@code timeout} and {@code ended}, the requester's or ender's)
 * @param userId        the sender
 * @param targetId      the other room's owner
 * @param accelerateUrl the sender's low-latency play URL, when it offers one
 * @param result        the answer, in a response only
 * @param reason        words for people
 * @param timestamp     milliseconds since 1970-01-01 UTC
 */
public record PkMessage(Type type, Action action, String roomId, String userId, String targetId,
                        String accelerateUrl, Answer result, String reason, long timestamp) implements PeerMessage {

    /** The {@code type} of a pk message. */
    public enum Type {
        /** An owner asks another to start a PK, or stops one; needs {@code action} and {@code targetID}. */
        REQUEST(true),
        /** The other owner answers a start request; needs {@code result}. */
        RESPONSE(true),
        /** From the server, to both owners: the start request was not answered in time. */
        TIMEOUT(false),
        /** From the server: the PK or waiting request with {@code userID} is over; {@code reason} says why. */
        ENDED(false);

        private final boolean sentByClient;

        Type(boolean sentByClient) {
            this.sentByClient = sentByClient;
        }

        public boolean sentByClient() {
            return sentByClient;
        }
    }

    /** What a pk request asks for. */
    public enum Action {
        START,
        STOP
    }

    public PkMessage {
        Fields.required("pk message", "type", type);
        String context = "pk " + WireName.of(type);
        Fields.id("roomID", Fields.required(context, "roomID", roomId));
        Fields.id("userID", userId);
        Fields.id("targetID", targetId);
        Fields.url("accelerateURL", accelerateUrl);
        Fields.text("reason", reason, Fields.MAX_REASON);
        Fields.timestamp(timestamp);
        switch (type) {
            case REQUEST -> {
                Fields.required(context, "action", action);
                Fields.required(context, "targetID", targetId);
            }
            case RESPONSE -> Fields.required(context, "result", result);
            case TIMEOUT, ENDED -> {
                Fields.required(context, "userID", userId);
                Fields.required(context, "reason", reason);
            }
        }
        if (type != Type.REQUEST) {
            Fields.absent(context, "action", action);
        }
        if (type != Type.RESPONSE) {
            Fields.absent(context, "result", result);
        }
    }

    public static PkMessage start(String roomId, String otherOwnerId, String accelerateUrl, long timestamp) {
        return new PkMessage(Type.REQUEST, Action.START, roomId, null, otherOwnerId, accelerateUrl, null, null,
                timestamp);
    }

    public static PkMessage stop(String roomId, String otherOwnerId, long timestamp) {
        return new PkMessage(Type.REQUEST, Action.STOP, roomId, null, otherOwnerId, null, null, null, timestamp);
    }

    public static PkMessage accept(String roomId, String requesterId, String accelerateUrl, long timestamp) {
        return new PkMessage(Type.RESPONSE, null, roomId, null, requesterId, accelerateUrl, Answer.ACCEPT, null,
                timestamp);
    }

    public static PkMessage reject(String roomId, String requesterId, String reason, long timestamp) {
        return new PkMessage(Type.RESPONSE, null, roomId, null, requesterId, null, Answer.REJECT, reason, timestamp);
    }

    public static PkMessage timeout(String roomId, String requesterId, String recipientId, String reason,
                                    long timestamp) {
        return new PkMessage(Type.TIMEOUT, null, roomId, requesterId, recipientId, null, null, reason, timestamp);
    }

    public static PkMessage ended(String roomId, String enderId, String recipientId, String reason, long timestamp) {
        return new PkMessage(Type.ENDED, null, roomId, enderId, recipientId, null, null, reason, timestamp);
    }

    @Override
    public PkMessage relayed(String senderId, String recipientId) {
        return new PkMessage(type, action, roomId, senderId, recipientId, accelerateUrl, result, reason, timestamp);
    }

    /** Leaves the query of the URL out: a signed play URL carries its signature there. */
    @Override
    public String toString() {
        String url = accelerateUrl == null || accelerateUrl.indexOf('?') < 0 ? accelerateUrl
                : accelerateUrl.substring(0, accelerateUrl.indexOf('?')) + "?…";
        return "PkMessage[type=" + type + ", action=" + action + ", roomId=" + roomId + ", userId=" + userId
                + ", targetId=" + targetId + ", accelerateUrl=" + url + ", result=" + result + ", reason=" + reason
                + ", timestamp=" + timestamp + "]";
    }

    @Override
    public String cmd() {
        return "pk";
    }

    @Override
    public String typeName() {
        return WireName.of(type);
    }

    @Override
    public boolean sentByClient() {
        return type.sentByClient();
    }
}
