package studio.coanchor.linkmic;

/**
 * What a co-anchor session asks of the studio's media engine. The engine reports its own push's start through
 * {@link CoanchorSession#pushBegan()}.
 */
public interface CoanchorMedia {
    /** Retunes this anchor's push for {@code role}, on the same connection. */
    void publishAs(PublisherRole role);

    /**
     * Starts playing {@code peerId}'s stream in low-latency mode from {@code accUrl}, and runs {@code playing} once
     * its first picture shows (PLAY_EVT_PLAY_BEGIN): the peer's push has begun.
     */
    void playPeer(String peerId, String accUrl, Runnable playing);

    /** Stops playing {@code peerId}'s stream; nothing happens when it is not playing. */
    void stopPeer(String peerId);
}
