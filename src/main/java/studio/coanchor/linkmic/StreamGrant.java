package studio.coanchor.linkmic;

import java.util.List;
import java.util.Optional;

/**
 * What the backend signed for one anchor, under the account's app ID: its own push URL and low-latency play URL, and the low-latency URLs of
 * the anchors it is linked with. The URLs carry signatures: show them through their host and path only.
 */
public record StreamGrant(String userId, String streamId, long appId, String push, String accPlay, List<LinkedStream> linked) {

    /** A linked anchor's stream. */
    public record LinkedStream(String userId, String streamId, String acc) {
        @Override
        public String toString() {
            return "LinkedStream[userId=" + userId + ", streamId=" + streamId + "]";
        }
    }

    public StreamGrant {
        linked = List.copyOf(linked);
    }

    public Optional<LinkedStream> linkedStream(String peerId) {
        return linked.stream().filter(stream -> stream.userId().equals(peerId)).findFirst();
    }

    @Override
    public String toString() {
        return "StreamGrant[userId=" + userId + ", streamId=" + streamId + ", linked="
                + linked.stream().map(LinkedStream::userId).toList() + "]";
    }
}
