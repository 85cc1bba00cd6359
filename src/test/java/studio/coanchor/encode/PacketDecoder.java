package studio.coanchor.encode;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_mallocz;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import studio.coanchor.media.EncodedPacket;

/** Decodes packets back with FFmpeg's own decoders, as a player would, to check what the encoders produce. */
final class PacketDecoder implements AutoCloseable {

    /** One decoded picture or block of audio. */
    record Decoded(int width, int height, int samples, boolean keyFrame) {
    }

    private final AVCodecContext context;
    private final AVPacket packet = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private final List<Decoded> decoded = new ArrayList<>();

    PacketDecoder(String decoderName, byte[] extradata) {
        AVCodec codec = avcodec_find_decoder_by_name(decoderName);
        context = avcodec_alloc_context3(codec);
        context.thread_count(1);
        BytePointer copy = new BytePointer(av_mallocz(extradata.length + 64)).capacity(extradata.length + 64);
        copy.put(extradata).position(0);
        context.extradata(copy).extradata_size(extradata.length);
        int opened = avcodec_open2(context, codec, (AVDictionary) null);
        if (opened < 0) {
            throw new IllegalStateException(decoderName + " did not open: " + opened);
        }
    }

    void decode(EncodedPacket encoded) {
        av_new_packet(packet, encoded.size());
        packet.data().put(encoded.data());
        packet.pts(encoded.ptsMillis()).dts(encoded.dtsMillis());
        int sent = avcodec_send_packet(context, packet);
        if (sent < 0) {
            throw new IllegalStateException("decoder refused a packet: " + sent);
        }
        while (avcodec_receive_frame(context, frame) >= 0) {
            decoded.add(new Decoded(frame.width(), frame.height(), frame.nb_samples(),
                    frame.pict_type() == AV_PICTURE_TYPE_I));
        }
        av_packet_unref(packet);
    }

    List<Decoded> decoded() {
        return decoded;
    }

    @Override
    public void close() {
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(context);
    }
}
