package studio.coanchor.network;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.network.AnchorPush.Timed;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;

/**
 * A viewer of a scenario: the studio's player without a speaker, in one delay mode. Keeps when each picture came, and
 * every event and status line with the time it came.
 */
final class Viewer implements FrameSink, AutoCloseable {
    final Player player;
    final List<Long> pictures = new CopyOnWriteArrayList<>();
    final List<Timed<MediaEvent>> events = new CopyOnWriteArrayList<>();
    final List<Timed<PlayStatus>> statuses = new CopyOnWriteArrayList<>();

    Viewer(String url, DelayMode mode) {
        player = new Player(PlayOptions.of(url, mode).withSpeaker(false));
        player.addEventListener(event -> events.add(new Timed<>(System.nanoTime(), event)));
        player.addStatusListener(status -> statuses.add(new Timed<>(System.nanoTime(), status)));
        player.start(this);
    }

    @Override
    public void onVideo(VideoFrame frame) {
        pictures.add(System.nanoTime());
    }

    @Override
    public void onAudio(AudioFrame frame) {
    }

    boolean awaitPictureAfter(long nanos, Duration timeout) throws InterruptedException {
        return Waiting.until(() -> picturesBetween(nanos, Long.MAX_VALUE) > 0, timeout);
    }

    long picturesBetween(long fromNanos, long toNanos) {
        return pictures.stream().filter(at -> at >= fromNanos && at <= toNanos).count();
    }

    /** When the first picture at or after {@code nanos} came, or -1. */
    long firstPictureAfter(long nanos) {
        return pictures.stream().filter(at -> at >= nanos).mapToLong(Long::longValue).min().orElse(-1);
    }

    /** The longest time without a picture between the two moments, in ms. */
    long longestGapMillis(long fromNanos, long toNanos) {
        long previous = fromNanos;
        long longest = 0;
        for (long at : pictures) {
            if (at >= fromNanos && at <= toNanos) {
                longest = Math.max(longest, at - previous);
                previous = at;
            }
        }
        return Math.max(longest, toNanos - previous) / 1_000_000L;
    }

    boolean saw(EventCode code, long sinceNanos) {
        return events.stream().anyMatch(e -> e.atNanos() >= sinceNanos && e.value().code() == code);
    }

    /** The latency each status line reported between the two moments (lines without one left out). */
    List<Timed<Integer>> latencies(long fromNanos, long toNanos) {
        return statuses.stream().filter(s -> s.atNanos() >= fromNanos && s.atNanos() <= toNanos)
                .filter(s -> s.value().latencyMs().isPresent())
                .map(s -> new Timed<>(s.atNanos(), s.value().latencyMs().getAsInt())).toList();
    }

    String eventLines() {
        StringBuilder lines = new StringBuilder();
        events.forEach(event -> lines.append("\n  ").append(event.value().line()));
        return lines.toString();
    }

    @Override
    public void close() {
        player.stop();
    }
}
