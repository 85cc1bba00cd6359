package studio.coanchor.testkit;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/**
 * A real push for tests through the studio's engine: one solid colour and a steady tone, 15 fps, x264 veryfast zero
 * latency with a key frame every second, to an RTMP URL. Made on its own thread ({@code test-colour-push}).
 */
public final class ColourPush implements AutoCloseable {
    private static final int FPS = 15;
    private static final long SOUND_NANOS = 10_000_000L;

    private final Pusher pusher;
    private final VideoFrame picture;
    private final short[] tone;
    private final PushEvents events = new PushEvents();
    private final Thread thread;
    private volatile boolean running = true;

    /** Pushes {@code rgb} at {@code width} x {@code height}, with a tone of {@code amplitude} (0 for silence). */
    public ColourPush(String url, int rgb, int width, int height, int amplitude) throws MediaException {
        picture = solid(Yuv.ofRgb(rgb), width, height);
        tone = new short[AudioFormat.SAMPLES_PER_10_MS * AudioFormat.CHANNELS];
        for (int i = 0; i < AudioFormat.SAMPLES_PER_10_MS; i++) {
            short value = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 400 * i / AudioFormat.SAMPLE_RATE));
            tone[2 * i] = value;
            tone[2 * i + 1] = value;
        }
        int kbps = Math.max(200, width * height / 1000);
        pusher = new Pusher(new PushOptions(url, null, new VideoSettings(width, height, FPS, kbps, kbps / 2, kbps, FPS),
                64, ReconnectPolicy.DEFAULT, Duration.ofSeconds(5)),
                new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast"));
        pusher.addEventListener(events);
        pusher.start();
        thread = new Thread(this::run, "test-colour-push");
        thread.start();
    }

    /** Waits until the server has accepted the stream (1002). */
    public boolean awaitLive(Duration timeout) throws InterruptedException {
        return events.awaitLive(timeout);
    }

    public List<MediaEvent> events() {
        return events.all();
    }

    private void run() {
        long start = System.nanoTime();
        long chunks = 0;
        long pictures = 0;
        while (running) {
            long now = System.nanoTime();
            while (start + chunks * SOUND_NANOS <= now) {
                pusher.onAudio(new AudioFrame(tone, AudioFormat.SAMPLES_PER_10_MS, MediaClock.nowMicros()));
                chunks++;
            }
            if (start + pictures * 1_000_000_000L / FPS <= now) {
                pusher.onVideo(picture.withTimes(MediaClock.nowMicros(), System.currentTimeMillis()));
                pictures++;
            }
            LockSupport.parkNanos(Math.min(start + chunks * SOUND_NANOS, start + pictures * 1_000_000_000L / FPS)
                    - System.nanoTime());
        }
    }

    private static VideoFrame solid(Yuv colour, int width, int height) {
        int[] values = {colour.y(), colour.u(), colour.v()};
        ByteBuffer[] planes = new ByteBuffer[3];
        int[] strides = {width, width / 2, width / 2};
        for (int i = 0; i < 3; i++) {
            byte[] bytes = new byte[strides[i] * (i == 0 ? height : height / 2)];
            Arrays.fill(bytes, (byte) values[i]);
            planes[i] = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        }
        return new VideoFrame(width, height, PixelFormat.YUV420P, planes, strides, 0, 0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        pusher.stop();
    }
}
