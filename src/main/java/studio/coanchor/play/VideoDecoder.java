package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_hw_config;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.av_buffer_ref;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_hwframe_transfer_data;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecHWConfig;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVBufferRef;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/**
 * Decodes one video track for display, with low-delay settings (one thread, no frame reordering delay: frame
 * threading alone adds about 65 ms). Hardware decoding goes through the machine's {@link HardwareDevices}; its
 * pictures are copied back to memory. Pictures come out
 * in a studio {@link PixelFormat}, converted only when the decoder produced another layout.
 */
final class VideoDecoder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VideoDecoder.class);

    private final StreamTrack track;
    private final AVCodecContext context;
    private final int hardwareFormat;
    private final String description;
    private final AVFrame decoded = av_frame_alloc();
    private final AVFrame transferred = av_frame_alloc();
    private final AVFrame converted = av_frame_alloc();
    private SwsContext scaler;
    private boolean checkedFirstPicture;
    private boolean fellBack;

    private VideoDecoder(StreamTrack track, AVCodec codec, AVBufferRef device, int hardwareFormat, String description)
            throws MediaException {
        this.track = track;
        this.hardwareFormat = hardwareFormat;
        this.description = description;
        context = avcodec_alloc_context3(codec);
        avcodec_parameters_to_context(context, track.parameters());
        if (device != null) {
            context.hw_device_ctx(av_buffer_ref(device));
        }
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "threads", "1", 0);
        av_dict_set(options, "flags", "low_delay", 0);
        FfmpegLog.Captured opened = FfmpegLog.capture(() -> avcodec_open2(context, codec, options));
        av_dict_free(options);
        if (opened.status() < 0) {
            release();
            throw new MediaException(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, description + " " + track.codecName()
                    + " decoder did not open: " + opened.reason());
        }
    }

    /**
     * Opens a decoder for {@code track}. AUTO and HARDWARE try the machine's {@link HardwareDevices} that the codec
     * can use; when none works, HARDWARE (or AUTO on a machine whose device then failed) reports 2106, and software
     * takes over.
     */
    static VideoDecoder open(StreamTrack track, DecoderChoice choice, EventPublisher events) throws MediaException {
        AVCodec codec = avcodec_find_decoder(track.parameters().codec_id());
        if (codec == null || codec.isNull()) {
            throw new MediaException(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, "this FFmpeg build cannot decode "
                    + track.codecName() + " video");
        }
        if (choice == DecoderChoice.SOFTWARE) {
            return new VideoDecoder(track, codec, null, AV_PIX_FMT_NONE, "software");
        }
        HardwareDevices.Found found = HardwareDevices.find();
        List<String> failures = new ArrayList<>(found.failures());
        for (HardwareDevices.Device device : found.devices()) {
            int format = hardwareFormat(codec, device.type());
            if (format == AV_PIX_FMT_NONE) {
                failures.add(device.name() + ": no " + track.codecName() + " decoding");
                continue;
            }
            try {
                return new VideoDecoder(track, codec, device.context(), format, "hardware (" + device.name() + ")");
            } catch (MediaException e) {
                failures.add(device.name() + ": " + e.getMessage());
            }
        }
        String why = failures.isEmpty() ? "no hardware decoding device in this FFmpeg build"
                : String.join("; ", failures);
        if (choice == DecoderChoice.HARDWARE || !found.devices().isEmpty()) {
            events.publish(EventCode.PLAY_WARNING_HW_ACCELERATION_FAIL, "hardware decoding did not start (" + why
                    + "); decoding in software");
        } else {
            LOG.debug("No hardware {} decoding on this machine ({}); decoding in software", track.codecName(), why);
        }
        return new VideoDecoder(track, codec, null, AV_PIX_FMT_NONE, "software");
    }

    /** The pixel format in which {@code codec} decodes on a device of {@code deviceType}, or none. */
    private static int hardwareFormat(AVCodec codec, int deviceType) {
        for (int i = 0; ; i++) {
            AVCodecHWConfig config = avcodec_get_hw_config(codec, i);
            if (config == null || config.isNull()) {
                return AV_PIX_FMT_NONE;
            }
            if ((config.methods() & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) != 0 && config.device_type() == deviceType) {
                return config.pix_fmt();
            }
        }
    }

    StreamTrack track() {
        return track;
    }

    /** "software h264", "hardware (cuda) h264". */
    String description() {
        return description + " " + track.codecName();
    }

    boolean hardware() {
        return hardwareFormat != AV_PIX_FMT_NONE;
    }

    /**
     * Whether the hardware device could not take this stream and FFmpeg decoded the first key frame, and decodes
     * from then on, in software instead. Asking clears it, so it is reported once.
     */
    boolean fellBackToSoftware() {
        boolean answer = fellBack;
        fellBack = false;
        return answer;
    }

    /** Hands a packet to the decoder; a negative FFmpeg status when it refused it. */
    int send(AVPacket packet) {
        return avcodec_send_packet(context, packet);
    }

    /**
     * The next decoded picture with its stream time, or null when the decoder needs more input. Valid until the next
     * call.
     */
    VideoFrame receive() throws MediaException {
        av_frame_unref(decoded);
        if (avcodec_receive_frame(context, decoded) < 0) {
            return null;
        }
        AVFrame picture = decoded;
        if (hardware() && decoded.format() == hardwareFormat) {
            av_frame_unref(transferred);
            if (av_hwframe_transfer_data(transferred, decoded, 0) < 0) {
                throw new MediaException(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, "could not copy a decoded picture"
                        + " from the " + description);
            }
            picture = transferred;
        } else if (hardware() && !checkedFirstPicture) {
            fellBack = true;
        }
        checkedFirstPicture = true;
        long timestamp = decoded.best_effort_timestamp() != AV_NOPTS_VALUE() ? decoded.best_effort_timestamp()
                : decoded.pts();
        long pts = timestamp == AV_NOPTS_VALUE() ? PlayClock.UNSET : track.toMicros(timestamp);
        PixelFormat format = studioFormat(picture.format());
        if (format == null) {
            picture = toYuv420p(picture);
            format = PixelFormat.YUV420P;
        }
        return GrabbedFrames.view(picture, format, decoded.width(), decoded.height(), pts, 0);
    }

    /** The studio layout of an FFmpeg pixel format; full-range YUV 4:2:0 has the same planes as YUV420P. */
    private static PixelFormat studioFormat(int code) {
        if (code == AV_PIX_FMT_YUVJ420P) {
            return PixelFormat.YUV420P;
        }
        for (PixelFormat format : PixelFormat.values()) {
            if (format.ffmpegCode() == code) {
                return format;
            }
        }
        return null;
    }

    private AVFrame toYuv420p(AVFrame picture) throws MediaException {
        int width = picture.width();
        int height = picture.height();
        if (converted.width() != width || converted.height() != height) {
            av_frame_unref(converted);
            converted.format(AV_PIX_FMT_YUV420P).width(width).height(height);
            if (av_frame_get_buffer(converted, 0) < 0) {
                throw new MediaException(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, "no memory for a " + width + "x"
                        + height + " picture");
            }
        }
        scaler = sws_getCachedContext(scaler, width, height, picture.format(), width, height, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR, null, null, (DoublePointer) null);
        if (scaler == null || scaler.isNull()) {
            throw new MediaException(EventCode.PLAY_WARNING_VIDEO_DECODE_FAIL, "cannot convert pixel format "
                    + picture.format() + " for display");
        }
        sws_scale(scaler, picture.data(), picture.linesize(), 0, height, converted.data(), converted.linesize());
        return converted;
    }

    private void release() {
        avcodec_free_context(context);
        av_frame_free(decoded);
        av_frame_free(transferred);
        av_frame_free(converted);
        if (scaler != null) {
            sws_freeContext(scaler);
            scaler = null;
        }
    }

    @Override
    public void close() {
        release();
    }
}
