package studio.coanchor.push;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_NEW_EXTRADATA;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_new_side_data;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open2;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import studio.coanchor.media.AudioTrack;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.IoDeadline;
import studio.coanchor.media.VideoTrack;

/**
 * Writes encoded packets to an RTMP URL (FLV) or a file (FLV, or fragmented MP4 for a {@code .mp4} name) through
 * FFmpeg's muxers. Both formats keep everything written before a crash playable. Timestamps are the packets' own
 * milliseconds. A packet carrying new extradata (an encoder reopened at another size) makes FFmpeg's FLV muxer
 * send a new sequence header, so a resolution change needs no new connection. Used by one thread at a time.
 */
final class PacketMuxer implements AutoCloseable {
    private static final int PADDING = 64;
    /**
     * The socket's send buffer, in bytes (the kernel doubles it for its bookkeeping). Left to the system it grows to
     * megabytes, seconds of video waiting where neither the send queue's drop policy nor auto bitrate can see it.
     * This holds a few hundred ms at the presets' rates and is still above what a 100 ms round trip keeps in flight.
     */
    static final int SEND_BUFFER_BYTES = 16 * 1024;

    private final String target;
    private final String format;
    private final String shownTarget;
    private final IoDeadline deadline = new IoDeadline();
    private final long ioTimeoutMillis;
    private AVFormatContext context;
    private AVPacket packet;
    private int videoIndex = -1;
    private int audioIndex = -1;
    private byte[] videoExtradata;
    private boolean headerWritten;
    /** FFmpeg's FLV muxer refuses any packet, of either track, older than the first one it wrote. */
    private long firstDtsMillis = Long.MIN_VALUE;
    private final AVRational millis = av_make_q(1, 1000);
    private long bytesWritten;

    private PacketMuxer(String target, String shownTarget, long ioTimeoutMillis) {
        this.target = target;
        this.format = !target.startsWith("rtmp") && target.toLowerCase(Locale.ROOT).endsWith(".mp4") ? "mp4" : "flv";
        this.shownTarget = shownTarget;
        this.ioTimeoutMillis = ioTimeoutMillis;
    }

    /** Connects, publishes and writes the FLV header, all within {@code timeoutMillis}. */
    static PacketMuxer open(String target, String shownTarget, StreamTracks tracks, long timeoutMillis,
                         boolean flushEveryPacket) throws MuxerException {
        PacketMuxer muxer = new PacketMuxer(target, shownTarget, timeoutMillis);
        try {
            muxer.start(tracks, flushEveryPacket);
            return muxer;
        } catch (MuxerException e) {
            muxer.close();
            throw e;
        }
    }

    private void start(StreamTracks tracks, boolean flushEveryPacket) throws MuxerException {
        context = new AVFormatContext(null);
        check(avformat_alloc_output_context2(context, null, format, target), EventCode.PUSH_WARNING_SEVER_CONN_FAIL,
                "cannot prepare " + format + " output");
        deadline.install(context);
        addVideo(tracks.video());
        if (tracks.audio() != null) {
            addAudio(tracks.audio());
        }
        AVIOContext io = new AVIOContext(null);
        AVDictionary ioOptions = new AVDictionary(null);
        av_dict_set(ioOptions, "rtmp_live", "live", 0);
        av_dict_set(ioOptions, "tcp_nodelay", "1", 0);
        av_dict_set(ioOptions, "send_buffer_size", String.valueOf(SEND_BUFFER_BYTES), 0);
        deadline.arm(ioTimeoutMillis);
        int opened = avio_open2(io, target, AVIO_FLAG_WRITE, context.interrupt_callback(), ioOptions);
        av_dict_free(ioOptions);
        check(opened, EventCode.PUSH_WARNING_SEVER_CONN_FAIL, "cannot connect to " + shownTarget);
        context.pb(io);

        AVDictionary muxOptions = new AVDictionary(null);
        av_dict_set(muxOptions, "flvflags", "no_duration_filesize", 0);
        av_dict_set(muxOptions, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
        if (flushEveryPacket) {
            av_dict_set(muxOptions, "flush_packets", "1", 0);
        }
        deadline.arm(ioTimeoutMillis);
        int header = avformat_write_header(context, muxOptions);
        av_dict_free(muxOptions);
        check(header, EventCode.PUSH_WARNING_SHAKE_FAIL, "server did not accept the stream at " + shownTarget);
        headerWritten = true;
        packet = av_packet_alloc();
    }

    private void addVideo(VideoTrack track) {
        AVStream stream = avformat_new_stream(context, null);
        stream.time_base(av_make_q(1, 1000));
        stream.avg_frame_rate(av_make_q(track.fps(), 1));
        AVCodecParameters parameters = stream.codecpar();
        parameters.codec_type(AVMEDIA_TYPE_VIDEO);
        parameters.codec_id(AV_CODEC_ID_H264);
        parameters.width(track.width());
        parameters.height(track.height());
        parameters.bit_rate(track.bitrateKbps() * 1000L);
        setExtradata(parameters, track.extradata());
        videoExtradata = track.extradata();
        videoIndex = stream.index();
    }

    private void addAudio(AudioTrack track) {
        AVStream stream = avformat_new_stream(context, null);
        stream.time_base(av_make_q(1, 1000));
        AVCodecParameters parameters = stream.codecpar();
        parameters.codec_type(AVMEDIA_TYPE_AUDIO);
        parameters.codec_id(AV_CODEC_ID_AAC);
        parameters.sample_rate(track.sampleRate());
        av_channel_layout_default(parameters.ch_layout(), track.channels());
        parameters.frame_size(track.frameSamples());
        parameters.bit_rate(track.bitrateKbps() * 1000L);
        setExtradata(parameters, track.extradata());
        audioIndex = stream.index();
    }

    private static void setExtradata(AVCodecParameters parameters, byte[] extradata) {
        if (extradata == null || extradata.length == 0) {
            return;
        }
        BytePointer buffer = new BytePointer(av_malloc(extradata.length + PADDING)).capacity(extradata.length + PADDING);
        buffer.position(0).put(extradata);
        buffer.position(extradata.length).fill(0);
        parameters.extradata(buffer.position(0));
        parameters.extradata_size(extradata.length);
    }

    /** Writes one packet; a video packet with changed extradata carries it so FFmpeg sends a new header. */
    void write(EncodedPacket encoded) throws MuxerException {
        int index = encoded.isVideo() ? videoIndex : audioIndex;
        if (index < 0 || encoded.dtsMillis() < firstDtsMillis) {
            return;
        }
        if (firstDtsMillis == Long.MIN_VALUE) {
            firstDtsMillis = encoded.dtsMillis();
        }
        check(av_new_packet(packet, encoded.size()), EventCode.PUSH_WARNING_READ_WRITE_FAIL, "out of memory");
        try {
            packet.data().capacity(encoded.size()).put(encoded.data());
            packet.stream_index(index);
            AVRational timeBase = context.streams(index).time_base();
            packet.pts(av_rescale_q(encoded.ptsMillis(), millis, timeBase));
            packet.dts(av_rescale_q(encoded.dtsMillis(), millis, timeBase));
            if (encoded.keyFrame()) {
                packet.flags(packet.flags() | AV_PKT_FLAG_KEY);
            }
            byte[] extradata = encoded.extradata();
            if (encoded.isVideo() && extradata != null && !Arrays.equals(extradata, videoExtradata)) {
                av_packet_new_side_data(packet, AV_PKT_DATA_NEW_EXTRADATA, extradata.length)
                        .capacity(extradata.length).put(extradata);
                videoExtradata = extradata;
            }
            deadline.arm(ioTimeoutMillis);
            check(av_write_frame(context, packet), EventCode.PUSH_WARNING_READ_WRITE_FAIL,
                    "lost the connection to " + shownTarget);
            bytesWritten += encoded.size();
        } finally {
            av_packet_unref(packet);
        }
    }

    long bytesWritten() {
        return bytesWritten;
    }

    /** Makes a blocked connect or write return at once (from another thread). */
    void abort() {
        deadline.cancel();
    }

    private void check(int result, EventCode code, String what) throws MuxerException {
        if (result >= 0) {
            return;
        }
        throw new MuxerException(FfmpegErrors.classify(result, code, deadline),
                what + ": " + FfmpegErrors.describe(result, deadline, ioTimeoutMillis));
    }

    @Override
    public void close() {
        if (context == null) {
            return;
        }
        if (headerWritten && !deadline.cancelled()) {
            deadline.arm(Math.min(ioTimeoutMillis, 2_000));
            av_write_trailer(context);
        }
        if (context.pb() != null && !context.pb().isNull()) {
            avio_closep(context.pb());
        }
        avformat_free_context(context);
        context = null;
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        deadline.close();
    }
}
