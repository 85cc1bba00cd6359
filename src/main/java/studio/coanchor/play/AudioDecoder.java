package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.MediaException;

/** Decodes one audio track (AAC, or whatever FFmpeg decodes) into the studio's 48 kHz stereo 16-bit samples. */
final class AudioDecoder implements AutoCloseable {
    private final StreamTrack track;
    private final AVCodecContext context;
    private final AVFrame decoded = av_frame_alloc();
    private final AVChannelLayout stereo = new AVChannelLayout();
    private final PointerPointer<ShortPointer> outputPlanes = new PointerPointer<>(1);
    private SwrContext resampler;
    private int resamplerFormat = -1;
    private int resamplerRate = -1;
    private ShortPointer output;
    private short[] samples = new short[0];
    private long nextPts = PlayClock.UNSET;

    private AudioDecoder(StreamTrack track, AVCodec codec) throws MediaException {
        this.track = track;
        av_channel_layout_default(stereo, AudioFormat.CHANNELS);
        context = avcodec_alloc_context3(codec);
        avcodec_parameters_to_context(context, track.parameters());
        FfmpegLog.Captured opened = FfmpegLog.capture(() -> avcodec_open2(context, codec, (AVDictionary) null));
        if (opened.status() < 0) {
            close();
            throw new MediaException(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, track.codecName()
                    + " decoder did not open: " + opened.reason());
        }
    }

    static AudioDecoder open(StreamTrack track) throws MediaException {
        AVCodec codec = avcodec_find_decoder(track.parameters().codec_id());
        if (codec == null || codec.isNull()) {
            throw new MediaException(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, "this FFmpeg build cannot decode "
                    + track.codecName() + " audio");
        }
        return new AudioDecoder(track, codec);
    }

    StreamTrack track() {
        return track;
    }

    int send(AVPacket packet) {
        return avcodec_send_packet(context, packet);
    }

    /**
     * The next decoded run in the studio format, its time the stream's (microseconds), or null when the decoder
     * needs more input. The samples are valid until the next call.
     */
    AudioFrame receive() throws MediaException {
        av_frame_unref(decoded);
        if (avcodec_receive_frame(context, decoded) < 0) {
            return null;
        }
        prepareResampler();
        int capacity = swr_get_out_samples(resampler, decoded.nb_samples());
        if (output == null || output.capacity() < (long) capacity * AudioFormat.CHANNELS) {
            if (output != null) {
                output.close();
            }
            output = new ShortPointer((long) capacity * AudioFormat.CHANNELS);
            samples = new short[capacity * AudioFormat.CHANNELS];
        }
        outputPlanes.put(0, output);
        int count = swr_convert(resampler, outputPlanes, capacity, decoded.extended_data(), decoded.nb_samples());
        if (count < 0) {
            throw new MediaException(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, "could not convert decoded "
                    + track.codecName() + " sound to 48 kHz stereo");
        }
        output.position(0).get(samples, 0, count * AudioFormat.CHANNELS);
        long timestamp = decoded.best_effort_timestamp();
        long pts = timestamp != AV_NOPTS_VALUE() ? track.toMicros(timestamp) : Math.max(0, nextPts);
        nextPts = pts + count * 1_000_000L / AudioFormat.SAMPLE_RATE;
        return new AudioFrame(samples, count, pts);
    }

    private void prepareResampler() throws MediaException {
        if (resampler != null && decoded.format() == resamplerFormat && decoded.sample_rate() == resamplerRate) {
            return;
        }
        if (resampler != null) {
            swr_free(resampler);
            resampler = null;
        }
        PointerPointer<SwrContext> created = new PointerPointer<>(1);
        created.put(0, (Pointer) null);
        try {
            int status = swr_alloc_set_opts2(created, stereo, AV_SAMPLE_FMT_S16, AudioFormat.SAMPLE_RATE,
                    decoded.ch_layout(), decoded.format(), decoded.sample_rate(), 0, null);
            SwrContext made = created.get(SwrContext.class, 0);
            if (status < 0 || made == null || made.isNull() || swr_init(made) < 0) {
                if (made != null && !made.isNull()) {
                    swr_free(made);
                }
                throw new MediaException(EventCode.PLAY_WARNING_AUDIO_DECODE_FAIL, "cannot convert "
                        + decoded.sample_rate() + " Hz " + track.codecName() + " sound to 48 kHz stereo");
            }
            resampler = made;
            resamplerFormat = decoded.format();
            resamplerRate = decoded.sample_rate();
        } finally {
            created.close();
        }
    }

    @Override
    public void close() {
        avcodec_free_context(context);
        av_frame_free(decoded);
        if (resampler != null) {
            swr_free(resampler);
            resampler = null;
        }
        if (output != null) {
            output.close();
            output = null;
        }
        outputPlanes.close();
        av_channel_layout_uninit(stereo);
    }
}
