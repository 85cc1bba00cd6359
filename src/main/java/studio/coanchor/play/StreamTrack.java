package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_free;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVStream;
import studio.coanchor.media.TrackKind;

/**
 * One audio or video stream of one connection, with its own copy of the codec parameters so that decoders can open
 * from it after the connection that found it has closed. A new connection makes new tracks, which tells the decoders
 * to start over.
 */
final class StreamTrack implements AutoCloseable {
    private final int connection;
    private final TrackKind kind;
    private final AVCodecParameters parameters = avcodec_parameters_alloc();
    private final long timeBaseNum;
    private final long timeBaseDen;

    StreamTrack(int connection, TrackKind kind, AVStream stream) {
        this.connection = connection;
        this.kind = kind;
        avcodec_parameters_copy(parameters, stream.codecpar());
        this.timeBaseNum = stream.time_base().num();
        this.timeBaseDen = Math.max(1, stream.time_base().den());
    }

    int connection() {
        return connection;
    }

    TrackKind kind() {
        return kind;
    }

    AVCodecParameters parameters() {
        return parameters;
    }

    String codecName() {
        return avcodec_get_name(parameters.codec_id()).getString();
    }

    long toMicros(long timestamp) {
        return timestamp * 1_000_000L * timeBaseNum / timeBaseDen;
    }

    @Override
    public void close() {
        avcodec_parameters_free(parameters);
    }
}
