package studio.coanchor.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;
import studio.coanchor.play.PlayState;

/** Plays a stream with the studio's player (ACC, no speaker) and keeps its latest picture and how loud its sound is. */
public final class PictureWatch implements FrameSink, AutoCloseable {
    private final Player player;
    private final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicLong loudSamples = new AtomicLong();
    private volatile VideoFrame latest;

    public PictureWatch(String url) {
        player = new Player(PlayOptions.of(url, DelayMode.ACC).withSpeaker(false));
        player.addEventListener(events::add);
        player.start(this);
    }

    @Override
    public void onVideo(VideoFrame frame) {
        latest = frame.copy();
    }

    @Override
    public void onAudio(AudioFrame frame) {
        int loud = 0;
        for (int i = 0; i < frame.sampleCount() * 2; i++) {
            if (Math.abs(frame.samples()[i]) > 1000) {
                loud++;
            }
        }
        loudSamples.addAndGet(loud);
    }

    /** The latest picture, or null before the first. */
    public VideoFrame latest() {
        return latest;
    }

    /** Waits until the latest picture satisfies {@code test}; false when none did within {@code limit}. */
    public boolean await(Predicate<VideoFrame> test, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            VideoFrame picture = latest;
            if (picture != null && test.test(picture)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Sound samples louder than a whisper received so far. */
    public long loudSamples() {
        return loudSamples.get();
    }

    public PlayState state() {
        return player.state();
    }

    public List<MediaEvent> events() {
        return events;
    }

    @Override
    public void close() {
        player.stop();
    }
}
