package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioEncoding;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.AudioTrack;
import studio.coanchor.media.PacketSink;
import studio.coanchor.media.TrackKind;

/**
 * FFmpeg's native AAC-LC encoder at {@link AudioFormat}'s 48 kHz stereo. Samples of any chunk length are gathered
 * into whole 1024-sample AAC frames and converted from interleaved S16 to planar float with swresample.
 *
 * <p>Times come from the sample count, starting at the first frame's capture time. The encoder's priming delay
 * (1024 samples) is taken out, so the first packet is stamped with the first frame's time.
 */
public final class AacEncoder implements AudioEncoding {
    private static final Logger LOG = LoggerFactory.getLogger(AacEncoder.class);
    private static final String ENCODER = "aac";

    private final int bitrateKbps;
    private final long originMicros;
    private final CodecSession session;
    private final int frameSamples;
    private final byte[] extradata;
    private AVFrame frame;
    private SwrContext resampler;
    private ShortPointer pending;
    private final PointerPointer<ShortPointer> pendingPlanes = new PointerPointer<>(1);
    private int pendingSamples;
    private long samplesSent;
    private long firstMillis = Long.MIN_VALUE;
    private boolean closed;

    private AacEncoder(int bitrateKbps, long originMicros) throws FfmpegError {
        this.bitrateKbps = bitrateKbps;
        this.originMicros = originMicros;
        this.session = CodecSession.open(ENCODER, TrackKind.AUDIO, context -> configure(context, bitrateKbps),
                Map.of(), this::millis);
        this.frameSamples = session.context().frame_size();
        this.extradata = session.extradata();
        try {
            frame = planarFrame(session.context());
            resampler = interleavedToPlanar(session.context().ch_layout());
            pending = new ShortPointer((long) frameSamples * AudioFormat.CHANNELS);
            pendingPlanes.put(0, pending);
        } catch (FfmpegError e) {
            close();
            throw e;
        }
    }

    /** Opens the AAC encoder at {@code bitrateKbps}; packet times are ms since {@code originMicros}. */
    static AacEncoder open(int bitrateKbps, long originMicros) throws FfmpegError {
        return new AacEncoder(bitrateKbps, originMicros);
    }

    private static void configure(AVCodecContext context, int bitrateKbps) {
        context.sample_fmt(AV_SAMPLE_FMT_FLTP)
                .sample_rate(AudioFormat.SAMPLE_RATE)
                .bit_rate(bitrateKbps * 1000L)
                .time_base(av_make_q(1, AudioFormat.SAMPLE_RATE))
                .flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        av_channel_layout_default(context.ch_layout(), AudioFormat.CHANNELS);
    }

    private AVFrame planarFrame(AVCodecContext context) throws FfmpegError {
        AVFrame planar = av_frame_alloc();
        if (planar == null) {
            throw FfmpegError.of("no memory for an audio frame");
        }
        planar.nb_samples(frameSamples).format(AV_SAMPLE_FMT_FLTP).sample_rate(AudioFormat.SAMPLE_RATE);
        int status = av_channel_layout_copy(planar.ch_layout(), context.ch_layout());
        if (status >= 0) {
            status = av_frame_get_buffer(planar, 0);
        }
        if (status < 0) {
            av_frame_free(planar);
            throw FfmpegError.of("audio frame buffer", status);
        }
        return planar;
    }

    private static SwrContext interleavedToPlanar(AVChannelLayout layout) throws FfmpegError {
        PointerPointer<SwrContext> created = new PointerPointer<>(1);
        created.put(0, (Pointer) null);
        try {
            int status = swr_alloc_set_opts2(created, layout, AV_SAMPLE_FMT_FLTP, AudioFormat.SAMPLE_RATE,
                    layout, AV_SAMPLE_FMT_S16, AudioFormat.SAMPLE_RATE, 0, null);
            SwrContext context = created.get(SwrContext.class, 0);
            if (status < 0 || context == null || context.isNull()) {
                throw FfmpegError.of("swresample S16 to planar float", status);
            }
            status = swr_init(context);
            if (status < 0) {
                swr_free(context);
                throw FfmpegError.of("swresample S16 to planar float", status);
            }
            return context;
        } finally {
            created.close();
        }
    }

    private long millis(long pts) {
        long samples = pts + session.context().initial_padding();
        return firstMillis + samples * 1000 / AudioFormat.SAMPLE_RATE;
    }

    @Override
    public AudioTrack track() {
        return new AudioTrack(AudioFormat.SAMPLE_RATE, AudioFormat.CHANNELS, bitrateKbps, frameSamples,
                extradata.clone());
    }

    @Override
    public synchronized void encode(AudioFrame audio, PacketSink out) {
        if (closed) {
            return;
        }
        if (firstMillis == Long.MIN_VALUE) {
            firstMillis = Math.floorDiv(audio.ptsMicros() - originMicros, 1000L);
        }
        int offset = 0;
        while (offset < audio.sampleCount()) {
            int taken = Math.min(frameSamples - pendingSamples, audio.sampleCount() - offset);
            pending.position((long) pendingSamples * AudioFormat.CHANNELS)
                    .put(audio.samples(), offset * AudioFormat.CHANNELS, taken * AudioFormat.CHANNELS)
                    .position(0);
            pendingSamples += taken;
            offset += taken;
            if (pendingSamples == frameSamples) {
                encodePending(out);
                pendingSamples = 0;
            }
        }
    }

    private void encodePending(PacketSink out) {
        try {
            int writable = av_frame_make_writable(frame);
            if (writable < 0) {
                throw FfmpegError.of("audio frame buffer", writable);
            }
            int converted = swr_convert(resampler, frame.data(), frameSamples, pendingPlanes, frameSamples);
            if (converted < 0) {
                throw FfmpegError.of("swresample", converted);
            }
            frame.pts(samplesSent);
            session.encode(frame, out);
        } catch (FfmpegError e) {
            LOG.warn("AAC frame dropped", e);
        }
        samplesSent += frameSamples;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (frame != null) {
            av_frame_free(frame);
            frame = null;
        }
        if (resampler != null) {
            swr_free(resampler);
            resampler = null;
        }
        if (pending != null) {
            pending.close();
            pending = null;
        }
        pendingPlanes.close();
        session.close();
    }
}
