package studio.coanchor.testkit;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import studio.coanchor.media.IoDeadline;

/**
 * A test peer: FFmpeg's own RTMP server in listen mode on loopback. It accepts one publisher at a time, reads every
 * packet, decodes the video to learn its size, and keeps a record of what arrived. After a publisher leaves (or
 * {@link #dropConnection()} cuts it off) it listens again, so reconnects can be observed.
 */
public final class RtmpReceiver implements AutoCloseable {
    public record Received(boolean video, long ptsMillis, int size, boolean key, int width, int height, int connection) {
    }

    private final int port;
    private final IoDeadline abort = new IoDeadline();
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean dropRequested;
    private volatile boolean closed;
    private volatile String audioCodec = "";
    private final Thread thread;

    public RtmpReceiver() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        thread = new Thread(this::run, "test-rtmp-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    public String url() {
        return "rtmp://127.0.0.1:" + port + "/live/test";
    }

    public int port() {
        return port;
    }

    public int connections() {
        return connections.get();
    }

    public String audioCodec() {
        return audioCodec;
    }

    public synchronized List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> video() {
        return received().stream().filter(Received::video).toList();
    }

    public List<Received> audio() {
        return received().stream().filter(r -> !r.video()).toList();
    }

    /** Cuts the current publisher off, as a server restart would; then listens again. */
    public void dropConnection() {
        dropRequested = true;
    }

    private void run() {
        while (!closed) {
            serveOnePublisher();
        }
    }

    private void serveOnePublisher() {
        AVFormatContext input = avformat_alloc_context();
        abort.install(input);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "listen", "1", 0);
        av_dict_set(options, "probesize", "32768", 0);
        av_dict_set(options, "analyzeduration", "0", 0);
        if (avformat_open_input(input, url(), null, options) < 0) {
            av_dict_free(options);
            return;
        }
        av_dict_free(options);
        int connection = connections.incrementAndGet();
        dropRequested = false;
        AVCodecContext decoder = null;
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            if (avformat_find_stream_info(input, (AVDictionary) null) < 0) {
                return;
            }
            int videoIndex = -1;
            for (int i = 0; i < input.nb_streams(); i++) {
                int type = input.streams(i).codecpar().codec_type();
                if (type == AVMEDIA_TYPE_VIDEO) {
                    videoIndex = i;
                    decoder = avcodec_alloc_context3(avcodec_find_decoder(input.streams(i).codecpar().codec_id()));
                    avcodec_parameters_to_context(decoder, input.streams(i).codecpar());
                    avcodec_open2(decoder, null, (AVDictionary) null);
                } else if (type == AVMEDIA_TYPE_AUDIO) {
                    audioCodec = avcodec_find_decoder(input.streams(i).codecpar().codec_id()).name().getString();
                }
            }
            while (!closed && !dropRequested && av_read_frame(input, packet) >= 0) {
                boolean isVideo = packet.stream_index() == videoIndex;
                int width = 0;
                int height = 0;
                if (isVideo && avcodec_send_packet(decoder, packet) >= 0) {
                    while (avcodec_receive_frame(decoder, frame) >= 0) {
                        width = frame.width();
                        height = frame.height();
                    }
                }
                long pts = packet.pts() * 1000L * input.streams(packet.stream_index()).time_base().num()
                        / input.streams(packet.stream_index()).time_base().den();
                Received record = new Received(isVideo, pts, packet.size(),
                        (packet.flags() & AV_PKT_FLAG_KEY) != 0, width, height, connection);
                synchronized (this) {
                    received.add(record);
                }
                av_packet_unref(packet);
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            if (decoder != null) {
                avcodec_free_context(decoder);
            }
            avformat_close_input(input);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        abort.cancel();
        thread.join(10_000);
        abort.close();
    }
}
