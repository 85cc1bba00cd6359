package studio.coanchor.app;

import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * An ffmpeg command-line program to compare with: the one bundled with the studio's FFmpeg build (the same
 * libavcodec, libx264 and swscale the studio runs on) or the system's on the PATH.
 */
record FfmpegCli(String label, String executable) {

    /** The FFmpeg build's own {@code ffmpeg}, unpacked from its jar on first use. */
    static FfmpegCli bundled() {
        return new FfmpegCli("ffmpeg 8 CLI (bundled)", Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
    }

    /** The {@code ffmpeg} on the PATH, when there is one. */
    static Optional<FfmpegCli> system() {
        return CliLatencyPair.available() ? Optional.of(new FfmpegCli("ffmpeg CLI (system)", CliLatencyPair.FFMPEG))
                : Optional.empty();
    }
}
