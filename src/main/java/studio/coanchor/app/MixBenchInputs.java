package studio.coanchor.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The four anchors of the mix benchmark, each an ffmpeg process outside the processes measured: FFmpeg's test
 * pattern with a tone of its own (440, 550, 660 and 770 Hz) at 15 fps, x264 veryfast zero latency with a key frame
 * every second and AAC, published in real time. The primary is 540x960, the three co-anchors 160x240.
 */
final class MixBenchInputs implements AutoCloseable {
    static final int FPS = 15;
    static final int PRIMARY_WIDTH = 540;
    static final int PRIMARY_HEIGHT = 960;
    static final int GUEST_WIDTH = 160;
    static final int GUEST_HEIGHT = 240;

    private final FfmpegCli ffmpeg;
    private final List<String> urls;
    private final List<Process> pushes = new ArrayList<>();

    /** {@code urls}: the primary's first, then the three co-anchors'. */
    MixBenchInputs(FfmpegCli ffmpeg, List<String> urls) {
        this.ffmpeg = ffmpeg;
        this.urls = List.copyOf(urls);
    }

    void start() throws IOException {
        for (int i = 0; i < urls.size(); i++) {
            boolean primary = i == 0;
            int width = primary ? PRIMARY_WIDTH : GUEST_WIDTH;
            int height = primary ? PRIMARY_HEIGHT : GUEST_HEIGHT;
            int kbps = primary ? 1200 : 300;
            pushes.add(new ProcessBuilder(ffmpeg.executable(), "-hide_banner", "-loglevel", "error", "-re",
                    "-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=" + FPS,
                    "-f", "lavfi", "-i", "sine=frequency=" + (440 + 110 * i) + ":sample_rate=48000",
                    "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-b:v", kbps + "k",
                    "-maxrate", kbps + "k", "-bufsize", kbps + "k", "-g", String.valueOf(FPS),
                    "-x264-params", "keyint=" + FPS + ":min-keyint=" + FPS + ":scenecut=0",
                    "-c:a", "aac", "-b:a", "64k", "-ac", "2", "-f", "flv", urls.get(i))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
    }

    /** Why an input push stopped, or null while all run. */
    String failure() {
        for (int i = 0; i < pushes.size(); i++) {
            if (!pushes.get(i).isAlive()) {
                return "the ffmpeg push to " + urls.get(i) + " ended (exit code " + pushes.get(i).exitValue() + ")";
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process push : pushes) {
            push.destroy();
        }
        for (Process push : pushes) {
            if (!push.waitFor(5, TimeUnit.SECONDS)) {
                push.destroyForcibly().waitFor();
            }
        }
    }
}
