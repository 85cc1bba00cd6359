package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;

import java.util.ArrayList;
import java.util.List;
import studio.coanchor.media.VideoSettings;

/**
 * Which H.264 encoders this FFmpeg build has and which of them open on this machine. Probing opens each one for
 * real at 320x180 and closes it again; the answer is kept for the life of the process.
 */
public final class EncoderCatalog {
    private static final VideoSettings PROBE_SIZE = new VideoSettings(320, 180, 15, 300, 150, 300, 30);

    private static List<EncoderProbe> probed;

    private EncoderCatalog() {
    }

    /** Every encoder choice except AUTO, in {@link EncoderChoice} order. */
    public static synchronized List<EncoderProbe> probe() {
        if (probed == null) {
            List<EncoderProbe> found = new ArrayList<>();
            for (EncoderChoice choice : EncoderChoice.values()) {
                if (choice != EncoderChoice.AUTO) {
                    found.add(probe(choice));
                }
            }
            probed = List.copyOf(found);
        }
        return probed;
    }

    static boolean inBuild(EncoderChoice choice) {
        return choice != EncoderChoice.AUTO && avcodec_find_encoder_by_name(choice.ffmpegName()) != null;
    }

    private static EncoderProbe probe(EncoderChoice choice) {
        if (!inBuild(choice)) {
            return new EncoderProbe(choice, false, false, choice.ffmpegName() + " is not in this FFmpeg build");
        }
        try (H264Encoder opened = H264Encoder.open(choice, PROBE_SIZE, "ultrafast", 0, event -> { })) {
            return new EncoderProbe(choice, true, true, opened.choice().ffmpegName());
        } catch (FfmpegError e) {
            return new EncoderProbe(choice, true, false, e.getMessage());
        }
    }
}
