package studio.coanchor.server.mixer;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;

/**
 * One input of a mix: a low-latency (ACC) player of the stream, without a speaker, delivering into the mix's
 * inputs. It tells whether the stream is there at all, and keeps coming back: a player that ends (the anchor left,
 * the network gave up) is started again by {@link #tend}, so the input recovers when the stream returns. Meanwhile
 * the composition keeps showing its last picture.
 */
final class InputFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InputFeed.class);
    /** How long a player that ended rests before it tries again. */
    static final Duration RESTART_AFTER = Duration.ofSeconds(1);

    /** What the first connection found. */
    enum Presence {
        WAITING,
        PLAYING,
        MISSING
    }

    private final String session;
    private final String streamId;
    private final Player player;
    private final FrameSink sink;
    private final Object lock = new Object();
    private Presence presence = Presence.WAITING;
    private String missingBecause = "";
    private volatile boolean dropped;
    private long endedAtNanos = Long.MIN_VALUE;

    InputFeed(String session, String streamId, String url, FrameSink sink) {
        this.session = session;
        this.streamId = streamId;
        this.sink = sink;
        this.player = new Player(PlayOptions.of(url, DelayMode.ACC).withSpeaker(false));
        player.addEventListener(this::onEvent);
    }

    String streamId() {
        return streamId;
    }

    void start() {
        player.start(sink);
    }

    /**
     * Waits until the server plays the stream or says it has none; empty when it plays, else why not (no answer
     * within {@code limit} counts as missing).
     */
    Optional<String> awaitPlaying(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (presence == Presence.WAITING) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return Optional.of("no answer from the RTMP server within " + limit.toSeconds() + " s");
                }
                lock.wait(left);
            }
            return presence == Presence.PLAYING ? Optional.empty() : Optional.of(missingBecause);
        }
    }

    /** Starts the player again once it has ended and rested; called now and then by the mixer's watch thread. */
    void tend() {
        if (!player.state().isTerminal()) {
            return;
        }
        long now = System.nanoTime();
        if (endedAtNanos == Long.MIN_VALUE) {
            endedAtNanos = now;
        }
        if (now - endedAtNanos >= RESTART_AFTER.toNanos()) {
            endedAtNanos = Long.MIN_VALUE;
            player.stop();
            player.start(sink);
        }
    }

    private void onEvent(MediaEvent event) {
        synchronized (lock) {
            if (presence == Presence.WAITING) {
                if (event.code() == EventCode.PLAY_EVT_CONNECT_SUCC) {
                    presence = Presence.PLAYING;
                } else if (event.code().isError() || isConnectFailure(event.code())) {
                    presence = Presence.MISSING;
                    missingBecause = event.message();
                }
                lock.notifyAll();
                return;
            }
        }
        if (event.code() == EventCode.PLAY_EVT_PLAY_END || event.code() == EventCode.PLAY_WARNING_RECONNECT
                || event.code().isError()) {
            if (!dropped) {
                dropped = true;
                LOG.info("mix {}: input {} dropped ({}); its last picture stays until it returns", session, streamId,
                        event.message());
            }
        } else if (event.code() == EventCode.PLAY_EVT_PLAY_BEGIN && dropped) {
            dropped = false;
            LOG.info("mix {}: input {} plays again", session, streamId);
        }
    }

    private static boolean isConnectFailure(EventCode code) {
        return code == EventCode.PLAY_WARNING_DNS_FAIL || code == EventCode.PLAY_WARNING_SEVER_CONN_FAIL
                || code == EventCode.PLAY_WARNING_SHAKE_FAIL;
    }

    /** Stops the player and joins its threads. */
    @Override
    public void close() {
        player.stop();
    }
}
