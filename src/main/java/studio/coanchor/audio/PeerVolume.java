package studio.coanchor.audio;

/** How loud one linked anchor plays: a volume from 0 (silent) through 1 (as received) to 2 (twice), and a mute. */
public record PeerVolume(double volume, boolean muted) {
    public static final double MAX = 2.0;
    public static final PeerVolume AS_RECEIVED = new PeerVolume(1.0, false);

    public PeerVolume {
        if (!(volume >= 0 && volume <= MAX)) {
            throw new IllegalArgumentException("a peer's volume goes from 0 to " + MAX + ", not " + volume);
        }
    }

    /** The factor the peer's samples are multiplied by. */
    double gain() {
        return muted ? 0 : volume;
    }
}
