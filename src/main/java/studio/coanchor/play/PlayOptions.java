package studio.coanchor.play;

import java.time.Duration;
import studio.coanchor.media.ReconnectPolicy;

/**
 * What to play and how.
 *
 * @param speaker   play the sound on the speakers; without, it is consumed silently (and still times the pictures)
 * @param ioTimeout how long one connect, or one wait for data, may take before it counts as a failure
 */
public record PlayOptions(PlayUrl url, DelayPolicy delay, boolean speaker, DecoderChoice decoder,
                          ReconnectPolicy reconnect, Duration ioTimeout) {

    public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(5);

    public PlayOptions {
        if (url == null || delay == null || decoder == null || reconnect == null || ioTimeout == null) {
            throw new IllegalArgumentException("play options need a URL, a delay policy, a decoder choice, a reconnect"
                    + " policy and an I/O time-out");
        }
        if (ioTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("the I/O time-out must be at least 100 ms, was " + ioTimeout.toMillis()
                    + " ms");
        }
    }

    /** {@code url} in {@code mode}, with sound, the best decoder, and the default reconnect policy and time-out. */
    public static PlayOptions of(String url, DelayMode mode) {
        return new PlayOptions(PlayUrl.parse(url), DelayPolicy.of(mode), true, DecoderChoice.AUTO,
                ReconnectPolicy.DEFAULT, DEFAULT_IO_TIMEOUT);
    }

    public PlayOptions withDelay(DelayPolicy next) {
        return new PlayOptions(url, next, speaker, decoder, reconnect, ioTimeout);
    }

    public PlayOptions withSpeaker(boolean next) {
        return new PlayOptions(url, delay, next, decoder, reconnect, ioTimeout);
    }

    public PlayOptions withDecoder(DecoderChoice next) {
        return new PlayOptions(url, delay, speaker, next, reconnect, ioTimeout);
    }

    public PlayOptions withReconnect(ReconnectPolicy next) {
        return new PlayOptions(url, delay, speaker, decoder, next, ioTimeout);
    }
}
