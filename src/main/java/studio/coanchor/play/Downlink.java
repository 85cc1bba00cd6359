package studio.coanchor.play;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.IoDeadline;
import studio.coanchor.media.ReconnectPolicy;

/**
 * The network thread ({@code play-demux}): connects, reads packets into the {@link PacketCache} as fast as they
 * come, and on a lost connection tries again by the {@link ReconnectPolicy}. Ends with PLAY_EVT_PLAY_END (2006)
 * when the server ends the stream, and with PLAY_ERR_NET_DISCONNECT (-2301) when every attempt failed.
 */
final class Downlink {
    /** A gap this long between packets, followed by data again, is worth a 2104; HLS arrives a segment at a time. */
    private static final long LAG_NANOS = 1_000_000_000L;
    private static final long HLS_LAG_NANOS = 5_000_000_000L;

    private final PlayUrl url;
    private final ReconnectPolicy policy;
    private final long timeoutMillis;
    private final PacketCache cache;
    private final EventPublisher events;
    private final Consumer<PlayState> state;
    private final Consumer<Integer> received;
    private final IoDeadline deadline = new IoDeadline();
    private final List<StreamTrack> tracks = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private int connections;
    private Thread thread;

    /** {@code received} learns the size of every packet that arrives. */
    Downlink(PlayUrl url, ReconnectPolicy policy, long timeoutMillis, PacketCache cache, EventPublisher events,
             Consumer<PlayState> state, Consumer<Integer> received) {
        this.url = url;
        this.policy = policy;
        this.timeoutMillis = timeoutMillis;
        this.cache = cache;
        this.events = events;
        this.state = state;
        this.received = received;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "play-demux");
        thread.setDaemon(true);
        thread.start();
    }

    /** Aborts any open or read in progress and joins the thread; frees the tracks' parameters. */
    void stop() throws InterruptedException {
        running = false;
        deadline.cancel();
        if (thread != null) {
            thread.interrupt();
            thread.join();
            thread = null;
        }
        tracks.forEach(StreamTrack::close);
        tracks.clear();
        deadline.close();
    }

    private void run() {
        StreamInput input = null;
        try {
            input = connect(false);
            while (running && input != null) {
                input = pump(input);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InputFailure terminal) {
            if (running) {
                events.publish(terminal.code(), terminal.getMessage());
                state.accept(PlayState.FAILED);
            }
        } finally {
            if (input != null) {
                input.close();
            }
        }
    }

    /** Reads until the stream ends (null) or the connection is lost and replaced (the new input). */
    private StreamInput pump(StreamInput input) throws InterruptedException, InputFailure {
        long lastArrival = 0;
        while (running) {
            CachedPacket packet;
            try {
                packet = input.read();
            } catch (InputFailure lost) {
                input.close();
                if (!running) {
                    return null;
                }
                events.publish(lost.code(), lost.getMessage());
                return connect(true);
            }
            if (packet == null) {
                input.close();
                if (running) {
                    events.publish(EventCode.PLAY_EVT_PLAY_END, "the server ended the stream " + url.shown());
                    state.accept(PlayState.ENDED);
                }
                return null;
            }
            long now = System.nanoTime();
            long lag = url.protocol() == PlayUrl.Protocol.HLS ? HLS_LAG_NANOS : LAG_NANOS;
            if (lastArrival != 0 && now - lastArrival >= lag) {
                events.publish(EventCode.PLAY_WARNING_RECV_DATA_LAG, "no data for " + (now - lastArrival) / 1_000_000
                        + " ms; the stream arrives unsteadily");
            }
            lastArrival = now;
            received.accept(packet.size());
            cache.add(packet);
        }
        input.close();
        return null;
    }

    /** Tries by the policy; returns the open input, or null after giving up with -2301 (or when stopped). */
    private StreamInput connect(boolean afterDrop) throws InterruptedException, InputFailure {
        if (afterDrop) {
            state.accept(PlayState.RECONNECTING);
            events.publish(EventCode.PLAY_WARNING_RECONNECT, "connection to " + url.shown() + " lost; reconnecting up"
                    + " to " + policy.attempts() + " times, " + policy.interval().toSeconds() + " s apart");
        }
        for (int attempt = 1; attempt <= policy.attempts() && running; attempt++) {
            if (afterDrop || attempt > 1) {
                Thread.sleep(policy.interval().toMillis());
            }
            String progress = " (attempt " + attempt + " of " + policy.attempts() + ")";
            String ip;
            try {
                ip = InetAddress.getByName(url.host()).getHostAddress();
            } catch (UnknownHostException e) {
                events.publish(EventCode.PLAY_WARNING_DNS_FAIL, "cannot resolve " + url.host() + progress);
                continue;
            }
            try {
                StreamInput input = StreamInput.open(url, deadline, timeoutMillis, ++connections, tracks::add);
                cache.restart(connections);
                events.publish(EventCode.PLAY_EVT_CONNECT_SUCC, "connected to " + ip);
                events.publish(EventCode.PLAY_EVT_RTMP_STREAM_BEGIN, "pulling " + url.shown());
                state.accept(PlayState.CONNECTING);
                return input;
            } catch (InputFailure failure) {
                if (failure.terminal()) {
                    throw failure;
                }
                if (running) {
                    events.publish(failure.code(), failure.getMessage() + progress);
                }
            }
        }
        if (running) {
            events.publish(EventCode.PLAY_ERR_NET_DISCONNECT, "could not play " + url.shown() + " after "
                    + policy.attempts() + (policy.attempts() == 1 ? " attempt" : " attempts")
                    + "; check the network and the URL, then play again");
            state.accept(PlayState.FAILED);
        }
        return null;
    }
}
