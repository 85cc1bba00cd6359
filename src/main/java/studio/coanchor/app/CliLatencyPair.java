package studio.coanchor.app;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import studio.coanchor.capture.TestPatternSource;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatencyBarcode;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.play.LatencyMeter;

/**
 * The reference pair of the latency benchmark. The ffmpeg CLI cannot draw the latency barcode, so the studio's test
 * pattern, stamped as the studio's own push stamps it, goes raw into one ffmpeg's standard input, which pushes it
 * with x264 veryfast zero latency; a second ffmpeg pulls it with {@code -fflags nobuffer -flags low_delay} and
 * writes raw pictures to its standard output, where the barcode is read the moment each picture arrives.
 */
final class CliLatencyPair {
    static final String FFMPEG = "ffmpeg";
    private static final long PULL_RETRY_MILLIS = 1_000;
    private static final int PULL_ATTEMPTS = 5;
    private static final Duration FIRST_PICTURE_LIMIT = Duration.ofSeconds(10);

    private final int width;
    private final int height;
    private final int fps;
    private final int kbps;
    private final LatencyMeter meter = new LatencyMeter();
    private volatile long firstPictureNanos;

    CliLatencyPair(int width, int height, int fps, int kbps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.kbps = kbps;
    }

    /** Whether an ffmpeg CLI runs here. */
    static boolean available() {
        try {
            Process probe = new ProcessBuilder(FFMPEG, "-hide_banner", "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    LatencyRow measure(String url, Duration warmUp, Duration duration) throws InterruptedException {
        String who = "ffmpeg CLI push + pull";
        Process push = null;
        Process pull = null;
        Thread reader = null;
        TestPatternSource pattern = new TestPatternSource(width, height, fps, false, true);
        try {
            push = new ProcessBuilder(pushCommand(url)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            pattern.start(new RawWriter(push.getOutputStream()), event -> { });
            long pullStart = 0;
            for (int attempt = 1; attempt <= PULL_ATTEMPTS && firstPictureNanos == 0; attempt++) {
                Thread.sleep(PULL_RETRY_MILLIS);
                if (!push.isAlive()) {
                    return LatencyRow.failed(who, "the ffmpeg push ended (exit code " + push.exitValue() + ")");
                }
                stop(pull, reader);
                pullStart = System.nanoTime();
                pull = new ProcessBuilder(pullCommand(url)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                Process reading = pull;
                reader = new Thread(() -> read(reading.getInputStream()), "bench-ffmpeg-read");
                reader.setDaemon(true);
                reader.start();
                long end = System.nanoTime() + FIRST_PICTURE_LIMIT.toNanos();
                while (firstPictureNanos == 0 && pull.isAlive() && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
            }
            if (firstPictureNanos == 0) {
                return LatencyRow.failed(who, "no picture came back through the ffmpeg pull");
            }
            Thread.sleep(warmUp.toMillis());
            meter.reset();
            Thread.sleep(duration.toMillis());
            return new LatencyRow(who, meter.report(), (firstPictureNanos - pullStart) / 1_000_000, -1, null);
        } catch (IOException | MediaException e) {
            return LatencyRow.failed(who, e.getMessage());
        } finally {
            pattern.stop();
            stop(pull, reader);
            finish(push);
        }
    }

    private List<String> pushCommand(String url) {
        return List.of(FFMPEG, "-hide_banner", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "yuv420p",
                "-s", width + "x" + height, "-r", String.valueOf(fps), "-i", "-",
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-b:v", kbps + "k",
                "-maxrate", kbps + "k", "-bufsize", kbps + "k", "-g", String.valueOf(fps),
                "-x264-params", "keyint=" + fps + ":min-keyint=" + fps + ":scenecut=0", "-f", "flv", url);
    }

    private static List<String> pullCommand(String url) {
        return List.of(FFMPEG, "-hide_banner", "-loglevel", "error", "-fflags", "nobuffer", "-flags", "low_delay",
                "-i", url, "-f", "rawvideo", "-pix_fmt", "yuv420p", "-");
    }

    /** Reads raw pictures as they arrive and measures each one's latency from its barcode. */
    private void read(InputStream raw) {
        int lumaBytes = width * height;
        int chromaBytes = lumaBytes / 4;
        byte[] picture = new byte[lumaBytes + 2 * chromaBytes];
        try (DataInputStream in = new DataInputStream(raw)) {
            while (true) {
                in.readFully(picture);
                long now = System.currentTimeMillis();
                if (firstPictureNanos == 0) {
                    firstPictureNanos = System.nanoTime();
                }
                ByteBuffer whole = ByteBuffer.wrap(picture);
                VideoFrame frame = new VideoFrame(width, height, PixelFormat.YUV420P,
                        new ByteBuffer[] {whole.duplicate().position(0).limit(lumaBytes).slice(),
                                whole.duplicate().position(lumaBytes).limit(lumaBytes + chromaBytes).slice(),
                                whole.duplicate().position(lumaBytes + chromaBytes).slice()},
                        new int[] {width, width / 2, width / 2}, 0, 0);
                OptionalLong stamp = LatencyBarcode.read(frame);
                if (stamp.isPresent()) {
                    meter.add(now - stamp.getAsLong());
                }
            }
        } catch (EOFException ended) {
            // the pull was stopped
        } catch (IOException e) {
            // the pull was stopped while a picture was on its way
        }
    }

    /** Ends a pull at once (it would wait for the network forever) and lets its reader see the end. */
    private static void stop(Process pull, Thread reader) throws InterruptedException {
        if (pull != null) {
            pull.destroy();
            if (!pull.waitFor(3, TimeUnit.SECONDS)) {
                pull.destroyForcibly().waitFor();
            }
        }
        if (reader != null) {
            reader.join();
        }
    }

    /** Ends the push by closing its input, so it finishes the stream properly. */
    private static void finish(Process push) throws InterruptedException {
        if (push == null) {
            return;
        }
        try {
            push.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // ffmpeg has exited
        }
        if (!push.waitFor(3, TimeUnit.SECONDS)) {
            push.destroy();
            if (!push.waitFor(3, TimeUnit.SECONDS)) {
                push.destroyForcibly().waitFor();
            }
        }
    }

    /** Writes each stamped picture, plane after plane without row padding, to the push's standard input. */
    private final class RawWriter implements FrameSink {
        private final OutputStream out;
        private final byte[] picture = new byte[width * height * 3 / 2];
        private volatile boolean broken;

        RawWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void onVideo(VideoFrame frame) {
            if (broken) {
                return;
            }
            int at = 0;
            for (int plane = 0; plane < 3; plane++) {
                int rowBytes = plane == 0 ? width : width / 2;
                ByteBuffer source = frame.planes()[plane].duplicate();
                for (int row = 0; row < frame.planeHeight(plane); row++) {
                    source.position(row * frame.strides()[plane]);
                    source.get(picture, at, rowBytes);
                    at += rowBytes;
                }
            }
            try {
                out.write(picture);
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }

        @Override
        public void onAudio(AudioFrame frame) {
        }
    }
}
