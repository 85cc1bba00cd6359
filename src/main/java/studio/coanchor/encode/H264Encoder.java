package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.PacketSink;
import studio.coanchor.media.TrackKind;
import studio.coanchor.media.VideoEncoding;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.media.VideoTrack;

/**
 * An H.264 encoder set up for live pushing: constant bitrate with a one-second buffer, fixed GOP, no B-frames,
 * zero-latency tuning, SPS/PPS in the extradata (global header) and on the first packet.
 *
 * <p>Times: the time base is one frame at the preset's rate, and a frame's pts is the frame slot its capture time
 * falls on (rounded), counted from the origin. A frame on the same slot as the one before is skipped, which is
 * also how a 30 fps source feeds a 15 fps preset.
 *
 * <p>{@link #changeBitrate} and {@link #requestKeyFrame} may be called from any thread; they take effect on the
 * next encoded frame.
 */
public final class H264Encoder implements VideoEncoding {
    private static final Logger LOG = LoggerFactory.getLogger(H264Encoder.class);

    private final EncoderChoice choice;
    private final VideoSettings settings;
    private final long originMicros;
    private final MediaEventListener events;
    private final CodecSession session;
    private final PictureConverter converter;
    private final byte[] extradata;
    private final AtomicInteger requestedKbps = new AtomicInteger();
    private final AtomicBoolean keyFrameRequested = new AtomicBoolean();
    private volatile int bitrateKbps;
    private long lastSlot = Long.MIN_VALUE;
    private boolean failing;
    private boolean closed;

    private H264Encoder(EncoderChoice choice, VideoSettings settings, long originMicros, MediaEventListener events,
                        CodecSession session, PictureConverter converter) {
        this.choice = choice;
        this.settings = settings;
        this.originMicros = originMicros;
        this.events = events;
        this.session = session;
        this.converter = converter;
        this.extradata = session.extradata();
        this.bitrateKbps = settings.bitrateKbps();
    }

    /** Opens {@code choice} (not AUTO) for {@code settings}; {@code x264Preset} applies to libx264 only. */
    static H264Encoder open(EncoderChoice choice, VideoSettings settings, String x264Preset, long originMicros,
                            MediaEventListener events) throws FfmpegError {
        int fps = settings.fps();
        CodecSession session = CodecSession.open(choice.ffmpegName(), TrackKind.VIDEO,
                context -> configure(context, choice, settings), options(choice, settings, x264Preset),
                pts -> pts * 1000 / fps);
        try {
            PictureConverter converter = new PictureConverter(settings.width(), settings.height(),
                    choice.inputFormat());
            return new H264Encoder(choice, settings, originMicros, events, session, converter);
        } catch (FfmpegError e) {
            session.close();
            throw e;
        }
    }

    private static void configure(AVCodecContext context, EncoderChoice choice, VideoSettings settings) {
        context.width(settings.width())
                .height(settings.height())
                .pix_fmt(choice.inputFormat().ffmpegCode())
                .time_base(av_make_q(1, settings.fps()))
                .framerate(av_make_q(settings.fps(), 1))
                .gop_size(settings.gopFrames())
                .max_b_frames(0)
                .flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        applyBitrate(context, settings.bitrateKbps());
    }

    private static void applyBitrate(AVCodecContext context, int kbps) {
        long bitsPerSecond = kbps * 1000L;
        context.bit_rate(bitsPerSecond).rc_max_rate(bitsPerSecond).rc_buffer_size((int) bitsPerSecond);
    }

    /** Each encoder's private options for low-delay constant bitrate with a key frame exactly every GOP. */
    private static Map<String, String> options(EncoderChoice choice, VideoSettings settings, String x264Preset) {
        int gop = settings.gopFrames();
        Map<String, String> options = new LinkedHashMap<>();
        switch (choice) {
            case X264 -> {
                // filler=1, not nal-hrd=cbr: with NAL HRD on, x264 refuses to change VBV settings between frames
                // ("VBV parameters cannot be changed when NAL HRD is in use") and changeBitrate would do nothing.
                options.put("preset", x264Preset);
                options.put("tune", "zerolatency");
                options.put("forced-idr", "1");
                options.put("x264-params", "keyint=" + gop + ":min-keyint=" + gop + ":scenecut=0:filler=1");
            }
            case OPENH264 -> options.put("rc_mode", "bitrate");
            case NVENC -> {
                options.put("preset", "p3");
                options.put("tune", "ll");
                options.put("rc", "cbr");
                options.put("zerolatency", "1");
                options.put("delay", "0");
                options.put("forced-idr", "1");
                options.put("no-scenecut", "1");
            }
            case QSV -> {
                options.put("preset", "veryfast");
                options.put("async_depth", "1");
                options.put("forced_idr", "1");
            }
            case MF -> {
                options.put("rate_control", "cbr");
                options.put("scenario", "live_streaming");
                options.put("hw_encoding", "1");
            }
            case VIDEOTOOLBOX -> {
                options.put("realtime", "1");
                options.put("allow_sw", "0");
            }
            case AUTO -> throw new IllegalArgumentException("AUTO is not an encoder; pick one");
        }
        return options;
    }

    public EncoderChoice choice() {
        return choice;
    }

    public VideoSettings settings() {
        return settings;
    }

    /** The track as announced at open, with the bitrate currently asked for. */
    @Override
    public VideoTrack track() {
        return new VideoTrack(choice.ffmpegName(), settings.width(), settings.height(), settings.fps(), bitrateKbps,
                extradata.clone());
    }

    @Override
    public synchronized void encode(VideoFrame frame, PacketSink out) {
        if (closed) {
            return;
        }
        long slot = Math.floorDiv((frame.ptsMicros() - originMicros) * settings.fps() + 500_000L, 1_000_000L);
        if (slot <= lastSlot) {
            return;
        }
        boolean keyFrame = keyFrameRequested.getAndSet(false);
        try {
            applyRequestedBitrate();
            AVFrame picture = converter.convert(frame);
            picture.pts(slot).pict_type(keyFrame ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
            session.encode(picture, out);
            lastSlot = slot;
            failing = false;
        } catch (FfmpegError | RuntimeException e) {
            if (keyFrame) {
                keyFrameRequested.set(true);
            }
            reportFailure(e);
        }
    }

    private void applyRequestedBitrate() {
        int kbps = requestedKbps.getAndSet(0);
        if (kbps > 0) {
            applyBitrate(session.context(), kbps);
            bitrateKbps = kbps;
        }
    }

    /** Reports the first failure of a run (log and 1104); the rest of the run only goes to the debug log. */
    private void reportFailure(Exception e) {
        if (failing) {
            LOG.debug("{} still cannot encode: {}", choice.ffmpegName(), e.getMessage());
            return;
        }
        failing = true;
        LOG.warn("{} could not encode a frame", choice.ffmpegName(), e);
        events.onEvent(MediaEvent.now(EventCode.PUSH_WARNING_VIDEO_ENCODE_FAIL,
                choice.ffmpegName() + ": " + e.getMessage()));
    }

    @Override
    public void changeBitrate(int kbps) {
        if (kbps <= 0) {
            throw new IllegalArgumentException("bitrate must be positive, was " + kbps + " kbps");
        }
        requestedKbps.set(kbps);
    }

    @Override
    public void requestKeyFrame() {
        keyFrameRequested.set(true);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        converter.close();
        session.close();
    }
}
