package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.PacketSink;
import studio.coanchor.media.TrackKind;

/**
 * An open FFmpeg encoder and the packet it receives into: opens the codec, turns every packet it produces into an
 * {@link EncodedPacket} that owns its bytes (the first one carrying the codec's extradata), and frees both natives
 * exactly once. Not thread-safe: its owner serializes calls.
 */
final class CodecSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CodecSession.class);

    private final String encoderName;
    private final TrackKind kind;
    private final LongUnaryOperator toMillis;
    private AVCodecContext context;
    private AVPacket packet;
    private boolean extradataSent;

    private CodecSession(String encoderName, TrackKind kind, LongUnaryOperator toMillis, AVCodecContext context,
                         AVPacket packet) {
        this.encoderName = encoderName;
        this.kind = kind;
        this.toMillis = toMillis;
        this.context = context;
        this.packet = packet;
    }

    /**
     * Opens {@code encoderName} with the context {@code configure} sets up and the private {@code options}.
     * {@code toMillis} maps a packet time in the codec's time base to milliseconds since the broadcast origin.
     */
    static CodecSession open(String encoderName, TrackKind kind, Consumer<AVCodecContext> configure,
                             Map<String, String> options, LongUnaryOperator toMillis) throws FfmpegError {
        AVCodec codec = avcodec_find_encoder_by_name(encoderName);
        if (codec == null) {
            throw FfmpegError.of(encoderName + " is not in this FFmpeg build");
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        if (context == null) {
            throw FfmpegError.of(encoderName + ": no memory for a codec context");
        }
        AVDictionary dictionary = new AVDictionary(null);
        try {
            configure.accept(context);
            options.forEach((key, value) -> av_dict_set(dictionary, key, value, 0));
            FfmpegLog.Captured opened = FfmpegLog.capture(() -> avcodec_open2(context, codec, dictionary));
            if (opened.status() < 0) {
                throw FfmpegError.of(encoderName + " did not open", opened.status(), opened.logged());
            }
            warnAboutIgnoredOptions(encoderName, dictionary);
            AVPacket packet = av_packet_alloc();
            if (packet == null) {
                throw FfmpegError.of(encoderName + ": no memory for a packet");
            }
            return new CodecSession(encoderName, kind, toMillis, context, packet);
        } catch (FfmpegError | RuntimeException e) {
            avcodec_free_context(context);
            throw e;
        } finally {
            av_dict_free(dictionary);
        }
    }

    private static void warnAboutIgnoredOptions(String encoderName, AVDictionary left) {
        AVDictionaryEntry entry = null;
        while ((entry = av_dict_get(left, "", entry, AV_DICT_IGNORE_SUFFIX)) != null) {
            LOG.warn("{} ignored option {}={}", encoderName, entry.key().getString(), entry.value().getString());
        }
    }

    String encoderName() {
        return encoderName;
    }

    /** The open context, for settings that may change between frames (bitrate). */
    AVCodecContext context() {
        return context;
    }

    /** SPS/PPS or AudioSpecificConfig, as the encoder put it in the context (global header mode). */
    byte[] extradata() {
        int size = context.extradata_size();
        byte[] copy = new byte[Math.max(size, 0)];
        if (size > 0) {
            context.extradata().get(copy);
        }
        return copy;
    }

    /** Sends {@code frame} and hands every packet that is ready to {@code out}. */
    void encode(AVFrame frame, PacketSink out) throws FfmpegError {
        int sent = avcodec_send_frame(context, frame);
        if (sent < 0) {
            throw FfmpegError.of(encoderName + " refused a frame", sent);
        }
        while (true) {
            int received = avcodec_receive_packet(context, packet);
            if (received == AVERROR_EAGAIN() || received == AVERROR_EOF) {
                return;
            }
            if (received < 0) {
                throw FfmpegError.of(encoderName + " failed to encode", received);
            }
            try {
                out.accept(ownedPacket());
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    private EncodedPacket ownedPacket() {
        byte[] data = new byte[packet.size()];
        packet.data().get(data);
        boolean keyFrame = kind == TrackKind.AUDIO || (packet.flags() & AV_PKT_FLAG_KEY) != 0;
        byte[] announced = extradataSent ? null : extradata();
        extradataSent = true;
        return new EncodedPacket(kind, data, toMillis.applyAsLong(packet.pts()), toMillis.applyAsLong(packet.dts()),
                keyFrame, announced);
    }

    @Override
    public void close() {
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (context != null) {
            avcodec_free_context(context);
            context = null;
        }
    }
}
