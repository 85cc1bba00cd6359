package studio.coanchor.push;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.PushStatus;
import studio.coanchor.media.VideoSettings;

/** Once a second ({@code push-status} thread) turns the meters into a {@link PushStatus} and watches for congestion. */
final class StatusReporter {
    private static final Logger LOG = LoggerFactory.getLogger(StatusReporter.class);

    private final EncodeMeter encoded;
    private final Supplier<VideoSettings> video;
    private final Uplink uplink;
    private final SendQueue queue;
    private final EventPublisher events;
    private final CpuGauge cpu = new CpuGauge();
    private final CongestionWatch congestion = new CongestionWatch();
    private final List<Consumer<PushStatus>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private long lastNanos;

    /** {@code uplink} and {@code queue} are null when only recording. */
    StatusReporter(EncodeMeter encoded, Supplier<VideoSettings> video, Uplink uplink, SendQueue queue,
                   EventPublisher events) {
        this.encoded = encoded;
        this.video = video;
        this.uplink = uplink;
        this.queue = queue;
        this.events = events;
    }

    void addListener(Consumer<PushStatus> listener) {
        listeners.add(listener);
    }

    void start() {
        lastNanos = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "push-status");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (timer != null) {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            timer = null;
        }
    }

    private void report() {
        try {
            PushStatus status = measure();
            if (uplink != null && !"-".equals(status.serverIp())) {
                String advice = congestion.check(status);
                if (advice != null) {
                    events.publish(EventCode.PUSH_WARNING_NET_BUSY, advice);
                }
            }
            for (Consumer<PushStatus> listener : listeners) {
                listener.accept(status);
            }
        } catch (RuntimeException e) {
            LOG.warn("Status report failed", e);
        }
    }

    private PushStatus measure() {
        long now = System.nanoTime();
        double seconds = Math.max(0.001, (now - lastNanos) / 1e9);
        lastNanos = now;
        EncodeMeter.Reading enc = encoded.read();
        SendMeter.Reading sent = uplink == null ? new SendMeter.Reading(0, 0) : uplink.meter().read();
        VideoSettings settings = video.get();
        return new PushStatus(cpu.process(), cpu.system(), settings.width(), settings.height(),
                kbps(sent.bytes(), seconds), sent.jitterMs(), (int) Math.round(enc.videoFrames() / seconds),
                kbps(enc.audioBytes(), seconds), kbps(enc.videoBytes(), seconds),
                queue == null ? 0 : queue.size(), queue == null ? 0 : queue.droppedVideo(),
                uplink == null ? "-" : uplink.serverIp());
    }

    private static int kbps(long bytes, double seconds) {
        return (int) Math.round(bytes * 8 / 1000.0 / seconds);
    }
}
