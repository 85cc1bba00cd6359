package studio.coanchor.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioEncoding;
import studio.coanchor.media.EncoderFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoEncoding;
import studio.coanchor.media.VideoSettings;

/**
 * Opens the chosen H.264 encoder, falling back to software: AUTO tries the hardware encoders this FFmpeg build has
 * (NVENC, Quick Sync, Media Foundation, VideoToolbox), then libx264, then OpenH264; a forced choice tries itself,
 * then libx264, then OpenH264.
 *
 * <p>A hardware encoder that fails to open is remembered for the life of the process and not tried again. Every
 * open that ends on software although hardware was wanted publishes one PUSH_WARNING_HW_ACCELERATION_FAIL (1103)
 * naming the hardware encoders and why each failed; every successful open publishes PUSH_EVT_START_VIDEO_ENCODER
 * (1008) naming the encoder.
 */
public final class FfmpegEncoderFactory implements EncoderFactory {
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegEncoderFactory.class);

    public static final String DEFAULT_X264_PRESET = "veryfast";

    /** H.264's largest level (5.2, up to 4096x2304) allows no more than this many pixels a side. */
    private static final int MAX_SIDE = 4096;

    private static final List<EncoderChoice> HARDWARE_ORDER =
            List.of(EncoderChoice.NVENC, EncoderChoice.QSV, EncoderChoice.MF, EncoderChoice.VIDEOTOOLBOX);
    private static final List<EncoderChoice> SOFTWARE_ORDER = List.of(EncoderChoice.X264, EncoderChoice.OPENH264);

    private static final Map<EncoderChoice, String> FAILED_HARDWARE = new ConcurrentHashMap<>();

    private final EncoderChoice choice;
    private final String x264Preset;

    public FfmpegEncoderFactory(EncoderChoice choice, String x264Preset) {
        this.choice = choice;
        this.x264Preset = x264Preset;
    }

    public FfmpegEncoderFactory() {
        this(EncoderChoice.AUTO, DEFAULT_X264_PRESET);
    }

    /** The encoders {@link #openVideo} tries, in order. */
    public List<EncoderChoice> candidates() {
        List<EncoderChoice> order = new ArrayList<>();
        if (choice == EncoderChoice.AUTO) {
            HARDWARE_ORDER.stream().filter(EncoderCatalog::inBuild).forEach(order::add);
        } else {
            order.add(choice);
        }
        SOFTWARE_ORDER.stream().filter(software -> !order.contains(software)).forEach(order::add);
        return order;
    }

    @Override
    public VideoEncoding openVideo(VideoSettings settings, long originMicros, MediaEventListener events)
            throws MediaException {
        if (settings.width() > MAX_SIDE || settings.height() > MAX_SIDE) {
            throw new MediaException(EventCode.PUSH_ERR_UNSUPPORTED_RESOLUTION, "H.264 here supports at most "
                    + MAX_SIDE + " pixels a side; " + settings.resolution() + " is too large: pick a smaller preset");
        }
        List<String> hardwareFailures = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (EncoderChoice candidate : candidates()) {
            String knownFailure = FAILED_HARDWARE.get(candidate);
            if (knownFailure != null) {
                hardwareFailures.add(knownFailure + " (as before)");
                continue;
            }
            try {
                H264Encoder opened = H264Encoder.open(candidate, settings, x264Preset, originMicros, events);
                if (!hardwareFailures.isEmpty()) {
                    events.onEvent(MediaEvent.now(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL,
                            String.join("; ", hardwareFailures) + "; using " + candidate.ffmpegName()));
                }
                events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_START_VIDEO_ENCODER, candidate.ffmpegName() + " "
                        + settings.resolution() + " " + settings.fps() + " fps " + settings.bitrateKbps() + " kbps"));
                return opened;
            } catch (FfmpegError e) {
                LOG.info("{}", e.getMessage());
                failures.add(e.getMessage());
                if (candidate.isHardware()) {
                    FAILED_HARDWARE.put(candidate, e.getMessage());
                    hardwareFailures.add(e.getMessage());
                }
            }
        }
        throw new MediaException(EventCode.PUSH_ERR_VIDEO_ENCODE_FAIL, "no H.264 encoder opened for "
                + settings.resolution() + ": " + String.join("; ", failures));
    }

    @Override
    public AudioEncoding openAudio(int bitrateKbps, long originMicros) throws MediaException {
        if (bitrateKbps <= 0) {
            throw new MediaException(EventCode.PUSH_ERR_AUDIO_ENCODE_FAIL,
                    "audio bitrate must be positive, was " + bitrateKbps + " kbps");
        }
        try {
            return AacEncoder.open(bitrateKbps, originMicros);
        } catch (FfmpegError e) {
            throw new MediaException(EventCode.PUSH_ERR_AUDIO_ENCODE_FAIL, "AAC encoder did not open: "
                    + e.getMessage());
        }
    }
}
