package studio.coanchor.linkmic;

/**
 * What a co-anchor session asks of the studio's media engine. The engine reports back through
 * {@link CoanchorSession#pushBegan()} and {@link CoanchorSession#peerPlaying(String)}.
 */
public interface CoanchorMedia {
    /** Retunes this anchor's push for {@code role}, on the same connection. */
    void publishAs(PublisherRole role);

    /** Starts playing {@code peerId}'s stream in low-latency mode from {@code accUrl}. */
    void playPeer(String peerId, String accUrl);

    /** Stops playing {@code peerId}'s stream; nothing happens when it is not playing. */
    void stopPeer(String peerId);
}
