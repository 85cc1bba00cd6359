package studio.coanchor.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.SignedUrl;

/**
 * The send thread ({@code push-send}): connects to the RTMP server, takes packets from the {@link SendQueue} and
 * writes them, and on a lost connection reconnects by the {@link ReconnectPolicy}, resuming the same stream at a
 * key frame. Gives up with PUSH_ERR_NET_DISCONNECT (-1307) when every attempt failed.
 */
final class Uplink {
    private static final Logger LOG = LoggerFactory.getLogger(Uplink.class);
    private static final long POLL_MILLIS = 200;

    private final String url;
    private final ReconnectPolicy policy;
    private final long timeoutMillis;
    private final SendQueue queue;
    private final Supplier<StreamTracks> tracks;
    private final EventPublisher events;
    private final Consumer<PushState> state;
    private final SendMeter meter = new SendMeter();
    private volatile boolean running;
    private volatile String serverIp = "-";
    private volatile PacketMuxer muxer;
    private Thread thread;

    Uplink(String url, ReconnectPolicy policy, long timeoutMillis, SendQueue queue, Supplier<StreamTracks> tracks,
           EventPublisher events, Consumer<PushState> state) {
        this.url = url;
        this.policy = policy;
        this.timeoutMillis = timeoutMillis;
        this.queue = queue;
        this.tracks = tracks;
        this.events = events;
        this.state = state;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "push-send");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the send thread finish the packet in hand and close the stream properly; aborts it if it is stuck. */
    void stop() throws InterruptedException {
        running = false;
        queue.close();
        if (thread == null) {
            return;
        }
        thread.interrupt();
        thread.join(timeoutMillis);
        PacketMuxer stuck = muxer;
        if (thread.isAlive() && stuck != null) {
            stuck.abort();
        }
        thread.join();
        thread = null;
    }

    String serverIp() {
        return serverIp;
    }

    boolean connected() {
        return !"-".equals(serverIp);
    }

    SendMeter meter() {
        return meter;
    }

    private void run() {
        try {
            if (!connect(false)) {
                giveUp();
                return;
            }
            while (running) {
                EncodedPacket packet = queue.poll(POLL_MILLIS);
                if (packet != null && !send(packet) && running && !reconnect()) {
                    giveUp();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeMuxer();
            serverIp = "-";
        }
    }

    private boolean send(EncodedPacket packet) {
        try {
            muxer.write(packet);
            meter.sent(packet.size(), packet.isVideo(), System.nanoTime());
            return true;
        } catch (MuxerException e) {
            if (running) {
                events.publish(e.code(), e.getMessage());
            }
            return false;
        }
    }

    private boolean reconnect() throws InterruptedException {
        closeMuxer();
        serverIp = "-";
        state.accept(PushState.RECONNECTING);
        events.publish(EventCode.PUSH_WARNING_RECONNECT, "connection to " + SignedUrl.shown(url)
                + " lost; reconnecting up to " + policy.attempts() + " times, " + policy.interval().toSeconds()
                + " s apart");
        return connect(true);
    }

    private boolean connect(boolean afterDrop) throws InterruptedException {
        for (int attempt = 1; attempt <= policy.attempts() && running; attempt++) {
            if (afterDrop || attempt > 1) {
                Thread.sleep(policy.interval().toMillis());
            }
            String progress = " (attempt " + attempt + " of " + policy.attempts() + ")";
            try {
                String ip = resolve();
                muxer = PacketMuxer.open(url, SignedUrl.shown(url), tracks.get(), timeoutMillis, false);
                serverIp = ip;
                meter.reset();
                queue.restartAtKeyFrame();
                events.publish(EventCode.PUSH_EVT_CONNECT_SUCC, "connected to " + ip);
                events.publish(EventCode.PUSH_EVT_PUSH_BEGIN, "pushing to " + SignedUrl.shown(url));
                state.accept(PushState.LIVE);
                return true;
            } catch (UnknownHostException e) {
                events.publish(EventCode.PUSH_WARNING_DNS_FAIL, "cannot resolve " + host() + progress);
            } catch (MuxerException e) {
                if (running) {
                    events.publish(e.code(), e.getMessage() + progress);
                }
            }
        }
        return false;
    }

    private void giveUp() {
        if (!running) {
            return;
        }
        events.publish(EventCode.PUSH_ERR_NET_DISCONNECT, "could not reach " + SignedUrl.shown(url) + " after "
                + policy.attempts() + " attempts; check the network and the URL, then go live again");
        state.accept(PushState.FAILED);
    }

    private String resolve() throws UnknownHostException {
        return InetAddress.getByName(host()).getHostAddress();
    }

    private String host() {
        return URI.create(url).getHost();
    }

    private void closeMuxer() {
        PacketMuxer open = muxer;
        muxer = null;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the connection to {} failed", SignedUrl.shown(url), e);
            }
        }
    }
}
