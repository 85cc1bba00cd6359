package studio.coanchor.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;

/**
 * A reference of the mix benchmark: one ffmpeg CLI process doing the mix the layout describes with
 * {@code -filter_complex} (each input scaled to its box and overlaid in layer order, the sound of all of them added
 * with amix), encoded as the studio's mixer encodes and published to an RTMP URL.
 */
final class CliMix implements AutoCloseable {
    private final List<String> command;
    private Process process;

    /** @param inputUrl the URL each stream of the layout plays from */
    CliMix(FfmpegCli ffmpeg, Layout layout, Function<String, String> inputUrl, String outputUrl, int kbps, int fps) {
        List<String> arguments = new ArrayList<>(List.of(ffmpeg.executable(), "-hide_banner", "-loglevel", "error"));
        for (Box box : layout.boxes()) {
            arguments.addAll(List.of("-i", inputUrl.apply(box.streamId())));
        }
        arguments.addAll(List.of("-filter_complex", graph(layout), "-map", "[v]", "-map", "[a]",
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-b:v", kbps + "k",
                "-maxrate", kbps + "k", "-bufsize", kbps + "k", "-g", String.valueOf(fps),
                "-x264-params", "keyint=" + fps + ":min-keyint=" + fps + ":scenecut=0:filler=1",
                "-c:a", "aac", "-b:a", "64k", "-ar", "48000", "-ac", "2", "-f", "flv", outputUrl));
        this.command = List.copyOf(arguments);
    }

    /** {@code [0:v]scale=540:960[m1];[1:v]scale=160:240[b2];[m1][b2]overlay=380:630[m2];...;amix=inputs=4[a]}. */
    static String graph(Layout layout) {
        StringBuilder graph = new StringBuilder();
        StringBuilder sound = new StringBuilder();
        List<Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            String scaled = i == 0 ? "m1" : "b" + (i + 1);
            graph.append('[').append(i).append(":v]scale=").append(box.width()).append(':').append(box.height())
                    .append('[').append(scaled).append("];");
            if (i > 0) {
                graph.append("[m").append(i).append("][").append(scaled).append("]overlay=").append(box.x())
                        .append(':').append(box.y()).append("[m").append(i + 1).append("];");
            }
            sound.append('[').append(i).append(":a]");
        }
        graph.append("[m").append(boxes.size()).append("]format=yuv420p[v];");
        return graph.append(sound).append("amix=inputs=").append(boxes.size()).append(":normalize=0[a]").toString();
    }

    void start() throws IOException {
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    ProcessGauge gauge() {
        return ProcessGauge.of(process);
    }

    /** Why the mix stopped, or null while it runs. */
    String failure() {
        return process.isAlive() ? null : "the ffmpeg mix ended (exit code " + process.exitValue() + ")";
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
