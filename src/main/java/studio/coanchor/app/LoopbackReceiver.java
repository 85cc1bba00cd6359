package studio.coanchor.app;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.IoDeadline;

/**
 * FFmpeg's RTMP server in listen mode on a free loopback port, for the self-test: it accepts one publisher, decodes
 * every picture and every sound frame it sends, and tells what it decoded once the publisher has left. It binds to
 * 127.0.0.1 and accepts any stream key: a check of the studio's own push, not a server.
 */
final class LoopbackReceiver implements AutoCloseable {
    private static final Duration PUBLISHER_WAIT = Duration.ofSeconds(15);
    private static final Duration SILENCE_LIMIT = Duration.ofSeconds(5);
    /**
     * AVERROR(EIO), EIO being 5 on Linux, macOS and Windows alike: FFmpeg's RTMP reader answers it when the socket
     * ends between two packets, which is how a publisher that closes its connection looks from the listening side.
     */
    private static final int CONNECTION_CLOSED = -5;

    private final int port;
    private IoDeadline deadline;
    private Thread thread;
    private volatile ReceivedStream received;

    LoopbackReceiver() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
    }

    String url() {
        return "rtmp://127.0.0.1:" + port + "/live/self-test";
    }

    /** Listens on its own thread ({@code self-test-receiver}) until a publisher has come and gone, or until stopped. */
    synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the receiver is already listening on " + url());
        }
        IoDeadline listening = new IoDeadline();
        received = null;
        deadline = listening;
        thread = new Thread(() -> received = receive(listening), "self-test-receiver");
        thread.start();
    }

    /** Waits up to {@code limit} for the publisher to leave, then stops listening and tells what was decoded. */
    ReceivedStream awaitEnd(Duration limit) throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.join(limit.toMillis());
        }
        stop();
        ReceivedStream result = received;
        return result != null ? result : ReceivedStream.nothing("the receiver was never started");
    }

    /** Ends the reception at once; what was decoded so far stays readable. */
    synchronized void stop() {
        if (thread == null) {
            return;
        }
        deadline.cancel();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        deadline.close();
        thread = null;
        deadline = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private ReceivedStream receive(IoDeadline deadline) {
        AVFormatContext input = avformat_alloc_context();
        deadline.install(input);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "listen", "1", 0);
        av_dict_set(options, "probesize", "32768", 0);
        av_dict_set(options, "analyzeduration", "0", 0);
        String failure = bounded(deadline, PUBLISHER_WAIT, "no publisher came",
                () -> avformat_open_input(input, url(), null, options));
        av_dict_free(options);
        if (failure != null) {
            return ReceivedStream.nothing(failure);
        }
        try (Decoders decoders = new Decoders(input)) {
            failure = bounded(deadline, SILENCE_LIMIT, "the publisher sent nothing",
                    () -> avformat_find_stream_info(input, (AVDictionary) null));
            if (failure != null) {
                return decoders.result(failure);
            }
            AVPacket packet = av_packet_alloc();
            try {
                while (true) {
                    String ended = bounded(deadline, SILENCE_LIMIT, "the publisher fell silent",
                            () -> av_read_frame(input, packet));
                    if (ended != null) {
                        decoders.drain();
                        return decoders.result(ended);
                    }
                    decoders.decode(packet);
                    av_packet_unref(packet);
                }
            } finally {
                av_packet_free(packet);
            }
        } finally {
            avformat_close_input(input);
        }
    }

    /** Runs one blocking FFmpeg call within {@code limit}; null when it succeeded, else why it did not. */
    private static String bounded(IoDeadline deadline, Duration limit, String silence, IntSupplier call) {
        deadline.arm(limit.toMillis());
        FfmpegLog.Captured outcome = FfmpegLog.capture(call);
        boolean expired = deadline.expired();
        deadline.disarm();
        if (outcome.status() >= 0) {
            return null;
        }
        if (deadline.cancelled()) {
            return "stopped";
        }
        if (outcome.status() == AVERROR_EOF() || outcome.status() == CONNECTION_CLOSED) {
            return "the publisher left";
        }
        return expired ? silence + " within " + limit.toSeconds() + " s" : outcome.reason();
    }

    /** One decoder per audio or video stream of the input, opened when the stream's first packet arrives. */
    private static final class Decoders implements AutoCloseable {
        private final AVFormatContext input;
        private final Map<Integer, AVCodecContext> opened = new HashMap<>();
        private final AVFrame frame = av_frame_alloc();
        private String videoCodec = "";
        private String audioCodec = "";
        private int pictures;
        private int width;
        private int height;
        private long samples;
        private int sampleRate;

        Decoders(AVFormatContext input) {
            this.input = input;
        }

        void decode(AVPacket packet) {
            AVCodecContext decoder = decoderFor(packet.stream_index());
            if (decoder != null && avcodec_send_packet(decoder, packet) >= 0) {
                collect(decoder);
            }
        }

        /** Sends each decoder the end of its stream and collects what it still held back. */
        void drain() {
            for (AVCodecContext decoder : opened.values()) {
                if (decoder != null && avcodec_send_packet(decoder, null) >= 0) {
                    collect(decoder);
                }
            }
        }

        ReceivedStream result(String ending) {
            return new ReceivedStream(videoCodec, pictures, width, height, audioCodec, samples, sampleRate, ending);
        }

        private void collect(AVCodecContext decoder) {
            while (avcodec_receive_frame(decoder, frame) >= 0) {
                if (decoder.codec_type() == AVMEDIA_TYPE_VIDEO) {
                    pictures++;
                    width = frame.width();
                    height = frame.height();
                } else {
                    samples += frame.nb_samples();
                    sampleRate = frame.sample_rate();
                }
            }
        }

        /** The stream's decoder, or null for a stream that is neither audio nor video or has no decoder here. */
        private AVCodecContext decoderFor(int index) {
            if (opened.containsKey(index)) {
                return opened.get(index);
            }
            AVCodecParameters parameters = input.streams(index).codecpar();
            int type = parameters.codec_type();
            AVCodec codec = avcodec_find_decoder(parameters.codec_id());
            AVCodecContext decoder = null;
            if ((type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO) && codec != null) {
                decoder = avcodec_alloc_context3(codec);
                avcodec_parameters_to_context(decoder, parameters);
                if (avcodec_open2(decoder, codec, (AVDictionary) null) < 0) {
                    avcodec_free_context(decoder);
                    decoder = null;
                } else if (type == AVMEDIA_TYPE_VIDEO) {
                    videoCodec = avcodec_get_name(parameters.codec_id()).getString();
                } else {
                    audioCodec = avcodec_get_name(parameters.codec_id()).getString();
                }
            }
            opened.put(index, decoder);
            return decoder;
        }

        @Override
        public void close() {
            for (AVCodecContext decoder : opened.values()) {
                if (decoder != null) {
                    avcodec_free_context(decoder);
                }
            }
            av_frame_free(frame);
        }
    }
}
