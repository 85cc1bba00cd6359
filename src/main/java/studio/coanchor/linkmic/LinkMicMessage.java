package studio.coanchor.linkmic;

/**
 * A {@code linkmic} message: a room member asks the owner to link as a co-anchor, the owner answers or kicks a
 * co-anchor out, a co-anchor quits, and the server tells both sides when a request timed out or a link ended.
 * Wire fields: {@code type, roomID, userID, userName, targetID, reason, result, timestamp}.
 *
 * @param roomId    the room asked: its owner's user ID
 * @param userId    the sender (for {@code timeout}, the requester; for {@code ended}, who ended it)
 * @param userName  the requester's name to show, in a request
 * @param targetId  who the message is for: the co-anchor kicked out, the requester answered
 * @param reason    words for people, e.g. why a request was rejected
 * @param result    the answer, in a response only
 * @param timestamp milliseconds since 1970-01-01 UTC
 */
public record LinkMicMessage(Type type, String roomId, String userId, String userName, String targetId,
                             String reason, Answer result, long timestamp) implements PeerMessage {

    /** The {@code type} of a linkmic message. */
    public enum Type {
        /** A member asks the room's owner to link; needs {@code userName}. */
        REQUEST(true),
        /** The owner answers the waiting request; needs {@code result}. */
        RESPONSE(true),
        /** The owner ends a co-anchor's link; needs {@code targetID}. */
        KICKOUT(true),
        /** A co-anchor ends its own link. */
        QUIT(true),
        /** From the server, to requester and owner alike: the request was not answered in time. */
        TIMEOUT(false),
        /** From the server: the link or waiting request with {@code userID} is over; {@code reason} says why. */
        ENDED(false);

        private final boolean sentByClient;

        Type(boolean sentByClient) {
            this.sentByClient = sentByClient;
        }

        public boolean sentByClient() {
            return sentByClient;
        }
    }

    public LinkMicMessage {
        Fields.required("linkmic message", "type", type);
        String context = "linkmic " + WireName.of(type);
        Fields.id("roomID", Fields.required(context, "roomID", roomId));
        Fields.id("userID", userId);
        Fields.id("targetID", targetId);
        Fields.text("userName", userName, Fields.MAX_USER_NAME);
        Fields.text("reason", reason, Fields.MAX_REASON);
        Fields.timestamp(timestamp);
        switch (type) {
            case REQUEST -> Fields.required(context, "userName", userName);
            case RESPONSE -> Fields.required(context, "result", result);
            case KICKOUT -> Fields.required(context, "targetID", targetId);
            case QUIT -> { }
            case TIMEOUT, ENDED -> {
                Fields.required(context, "userID", userId);
                Fields.required(context, "reason", reason);
            }
        }
        if (type != Type.RESPONSE) {
            Fields.absent(context, "result", result);
        }
    }

    public static LinkMicMessage request(String roomId, String userName, long timestamp) {
        return new LinkMicMessage(Type.REQUEST, roomId, null, userName, null, null, null, timestamp);
    }

    public static LinkMicMessage accept(String roomId, String requesterId, long timestamp) {
        return new LinkMicMessage(Type.RESPONSE, roomId, null, null, requesterId, null, Answer.ACCEPT, timestamp);
    }

    public static LinkMicMessage reject(String roomId, String requesterId, String reason, long timestamp) {
        return new LinkMicMessage(Type.RESPONSE, roomId, null, null, requesterId, reason, Answer.REJECT, timestamp);
    }

    public static LinkMicMessage kickout(String roomId, String coAnchorId, String reason, long timestamp) {
        return new LinkMicMessage(Type.KICKOUT, roomId, null, null, coAnchorId, reason, null, timestamp);
    }

    public static LinkMicMessage quit(String roomId, long timestamp) {
        return new LinkMicMessage(Type.QUIT, roomId, null, null, null, null, null, timestamp);
    }

    public static LinkMicMessage timeout(String roomId, String requesterId, String recipientId, String reason,
                                         long timestamp) {
        return new LinkMicMessage(Type.TIMEOUT, roomId, requesterId, null, recipientId, reason, null, timestamp);
    }

    public static LinkMicMessage ended(String roomId, String enderId, String recipientId, String reason,
                                       long timestamp) {
        return new LinkMicMessage(Type.ENDED, roomId, enderId, null, recipientId, reason, null, timestamp);
    }

    @Override
    public LinkMicMessage relayed(String senderId, String recipientId) {
        return new LinkMicMessage(type, roomId, senderId, userName, recipientId, reason, result, timestamp);
    }

    @Override
    public String cmd() {
        return "linkmic";
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
