package studio.coanchor.play;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.VideoFrame;

/** Starts a player and records what it does: the pictures and sound it delivers, its events and status lines. */
final class PlayWatch implements FrameSink, AutoCloseable {
    /** A picture as delivered: its size and when. */
    record Shown(int width, int height, long atNanos) {
    }

    final Player player;
    final List<Shown> pictures = new CopyOnWriteArrayList<>();
    final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    final List<PlayStatus> statuses = new CopyOnWriteArrayList<>();
    private final AtomicLong samples = new AtomicLong();

    PlayWatch(PlayOptions options) {
        player = new Player(options);
        player.addEventListener(events::add);
        player.addStatusListener(statuses::add);
        player.start(this);
    }

    @Override
    public void onVideo(VideoFrame frame) {
        pictures.add(new Shown(frame.width(), frame.height(), System.nanoTime()));
    }

    @Override
    public void onAudio(AudioFrame frame) {
        samples.addAndGet(frame.sampleCount());
    }

    long samples() {
        return samples.get();
    }

    boolean saw(EventCode code) {
        return events.stream().anyMatch(event -> event.code() == code);
    }

    long count(EventCode code) {
        return events.stream().filter(event -> event.code() == code).count();
    }

    MediaEvent first(EventCode code) {
        return events.stream().filter(event -> event.code() == code).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " among " + eventLines()));
    }

    String eventLines() {
        return events.stream().map(MediaEvent::line).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    long picturesSince(long nanos) {
        return pictures.stream().filter(shown -> shown.atNanos() >= nanos).count();
    }

    /** The longest time without a new picture between {@code fromNanos} and {@code toNanos}, in milliseconds. */
    long longestGapMillis(long fromNanos, long toNanos) {
        long previous = fromNanos;
        long longest = 0;
        for (Shown shown : pictures) {
            if (shown.atNanos() < fromNanos || shown.atNanos() > toNanos) {
                continue;
            }
            longest = Math.max(longest, shown.atNanos() - previous);
            previous = shown.atNanos();
        }
        return Math.max(longest, toNanos - previous) / 1_000_000;
    }

    PlayStatus lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    static boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        player.stop();
    }
}
