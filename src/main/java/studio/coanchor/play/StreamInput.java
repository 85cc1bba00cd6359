package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_clone;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.IoDeadline;
import studio.coanchor.media.TrackKind;

/**
 * One connection to the stream through FFmpeg's demuxers: RTMP and HTTP-FLV are read without probing (FLV announces
 * each track with its first packet, and probing would hold back the first key frame), HLS as FFmpeg's HLS demuxer
 * reads it. Every open and read is bounded by the {@link IoDeadline}.
 */
final class StreamInput implements AutoCloseable {
    private static final String PROBE_BYTES = "32768";
    /** Closing says goodbye to an RTMP server; a server that does not listen must not hold the player up. */
    private static final long CLOSE_MILLIS = 1_000;

    private final PlayUrl url;
    private final IoDeadline deadline;
    private final long timeoutMillis;
    private final int connection;
    private final Consumer<StreamTrack> newTracks;
    private final Map<Integer, StreamTrack> tracks = new HashMap<>();
    private final Map<Integer, Long> lastEnds = new HashMap<>();
    private AVFormatContext context;
    private AVPacket packet;

    private StreamInput(PlayUrl url, IoDeadline deadline, long timeoutMillis, int connection,
                        Consumer<StreamTrack> newTracks) {
        this.url = url;
        this.deadline = deadline;
        this.timeoutMillis = timeoutMillis;
        this.connection = connection;
        this.newTracks = newTracks;
    }

    /** Connects and reads the stream's header; {@code newTracks} receives each track found, to free later. */
    static StreamInput open(PlayUrl url, IoDeadline deadline, long timeoutMillis, int connection,
                            Consumer<StreamTrack> newTracks) throws InputFailure {
        StreamInput input = new StreamInput(url, deadline, timeoutMillis, connection, newTracks);
        input.connect();
        return input;
    }

    private void connect() throws InputFailure {
        AVFormatContext opening = avformat_alloc_context();
        deadline.install(opening);
        AVDictionary options = new AVDictionary(null);
        switch (url.protocol()) {
            case RTMP -> {
                av_dict_set(options, "rtmp_live", "live", 0);
                av_dict_set(options, "rtmp_buffer", "100", 0);
                av_dict_set(options, "tcp_nodelay", "1", 0);
                av_dict_set(options, "probesize", PROBE_BYTES, 0);
                av_dict_set(options, "analyzeduration", "0", 0);
            }
            case HTTP_FLV -> {
                av_dict_set(options, "probesize", PROBE_BYTES, 0);
                av_dict_set(options, "analyzeduration", "0", 0);
            }
            case HLS -> av_dict_set(options, "http_persistent", "1", 0);
        }
        deadline.arm(timeoutMillis);
        FfmpegLog.Captured opened = FfmpegLog.capture(() -> avformat_open_input(opening, url.url(), null, options));
        deadline.disarm();
        av_dict_free(options);
        if (opened.status() < 0) {
            throw InputErrors.opening(opened, url, deadline, timeoutMillis);
        }
        context = opening;
        packet = av_packet_alloc();
    }

    /** The next audio or video packet, or null at the end of the stream. */
    CachedPacket read() throws InputFailure {
        while (true) {
            deadline.arm(timeoutMillis);
            FfmpegLog.Captured read = FfmpegLog.capture(() -> av_read_frame(context, packet));
            deadline.disarm();
            if (read.status() == AVERROR_EOF()) {
                return null;
            }
            if (read.status() < 0) {
                throw InputErrors.reading(read, url, deadline, timeoutMillis);
            }
            try {
                CachedPacket cached = cache(packet);
                if (cached != null) {
                    return cached;
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    private CachedPacket cache(AVPacket read) {
        int index = read.stream_index();
        AVStream stream = context.streams(index);
        int type = stream.codecpar().codec_type();
        if (type != AVMEDIA_TYPE_AUDIO && type != AVMEDIA_TYPE_VIDEO) {
            return null;
        }
        StreamTrack track = tracks.computeIfAbsent(index, key -> {
            StreamTrack found = new StreamTrack(connection, type == AVMEDIA_TYPE_AUDIO ? TrackKind.AUDIO
                    : TrackKind.VIDEO, stream);
            newTracks.accept(found);
            return found;
        });
        long timestamp = read.pts() != AV_NOPTS_VALUE() ? read.pts() : read.dts();
        long pts = timestamp != AV_NOPTS_VALUE() ? track.toMicros(timestamp) : lastEnds.getOrDefault(index, 0L);
        long duration = read.duration() > 0 ? track.toMicros(read.duration()) : assumedDuration(track, stream);
        lastEnds.put(index, pts + duration);
        return new CachedPacket(av_packet_clone(read), track, pts, duration,
                (read.flags() & AV_PKT_FLAG_KEY) != 0, read.size());
    }

    /** FLV often leaves packet durations unset: an AAC frame is 1024 samples; a picture lasts one frame period. */
    private static long assumedDuration(StreamTrack track, AVStream stream) {
        if (track.kind() == TrackKind.AUDIO) {
            int rate = track.parameters().sample_rate();
            int samples = track.parameters().frame_size() > 0 ? track.parameters().frame_size() : 1024;
            return rate > 0 ? samples * 1_000_000L / rate : 0;
        }
        int num = stream.avg_frame_rate().num();
        int den = stream.avg_frame_rate().den();
        return num > 0 && den > 0 ? den * 1_000_000L / num : 0;
    }

    @Override
    public void close() {
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (context != null) {
            deadline.arm(CLOSE_MILLIS);
            avformat_close_input(context);
            context = null;
        }
    }
}
