package studio.coanchor.testkit;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.LatencyBarcode;
import studio.coanchor.media.VideoFrame;

/**
 * Encodes FFmpeg's test pattern (and a 440 Hz tone) live, as the studio pushes it (x264 veryfast zero latency, one
 * key frame a second, AAC), with the capture time in every picture's latency barcode, into a recorder that serves a
 * player or writes an HTTP response. Paced in real time; one instance per stream. The recorder interleaves, which
 * holds each picture until the sound of its time is encoded: a few tens of milliseconds that the studio's own
 * pusher does not add.
 */
final class TestStreamEncoder implements AutoCloseable {

    private final int width;
    private final int height;
    private final int fps;
    private final boolean tone;
    private final FFmpegFrameGrabber pattern;
    private long startNanos;
    private long startMicros = -1;

    TestStreamEncoder(int width, int height, int fps, boolean tone) throws FrameGrabber.Exception {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.tone = tone;
        String video = "testsrc2=size=" + width + "x" + height + ":rate=" + fps;
        pattern = new FFmpegFrameGrabber(tone ? video + "[out0];sine=frequency=440:sample_rate=48000[out1]" : video);
        pattern.setFormat("lavfi");
        pattern.setPixelFormat(AV_PIX_FMT_YUV420P);
        pattern.setSampleFormat(AV_SAMPLE_FMT_S16);
        pattern.setSampleRate(48_000);
        pattern.setAudioChannels(2);
        pattern.startUnsafe();
    }

    /** A recorder for {@code target} in FLV with this stream's settings, not started yet. */
    FFmpegFrameRecorder configure(FFmpegFrameRecorder recorder) {
        recorder.setFormat("flv");
        recorder.setVideoCodec(AV_CODEC_ID_H264);
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize(fps);
        recorder.setVideoBitrate(width * height * 2);
        recorder.setVideoOption("preset", "veryfast");
        recorder.setVideoOption("tune", "zerolatency");
        recorder.setVideoOption("x264-params", "keyint=" + fps + ":min-keyint=" + fps + ":scenecut=0");
        recorder.setOption("flvflags", "no_duration_filesize");
        recorder.setOption("tcp_nodelay", "1");
        if (tone) {
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setSampleRate(48_000);
            recorder.setAudioChannels(2);
            recorder.setAudioBitrate(64_000);
        }
        return recorder;
    }

    FFmpegFrameRecorder recorderFor(String target) {
        return configure(new FFmpegFrameRecorder(target, width, height, tone ? 2 : 0));
    }

    FFmpegFrameRecorder recorderFor(java.io.OutputStream target) {
        return configure(new FFmpegFrameRecorder(target, width, height, tone ? 2 : 0));
    }

    /** Grabs, paces, stamps and records the next frame; false when the pattern ends (it does not). */
    boolean next(FFmpegFrameRecorder recorder) throws Exception {
        Frame frame = pattern.grabFrame(tone, true, true, false, false);
        if (frame == null) {
            return false;
        }
        if (startMicros < 0) {
            startMicros = frame.timestamp;
            startNanos = System.nanoTime();
        }
        long due = startNanos + (frame.timestamp - startMicros) * 1_000;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (frame.image != null) {
            VideoFrame view = new GrabbedFrames().video(frame, 0, 0);
            LatencyBarcode.stamp(view, System.currentTimeMillis());
        }
        recorder.setTimestamp(frame.timestamp - startMicros);
        recorder.record(frame);
        return true;
    }

    /** Starts the timeline again for a new listener. */
    void restartClock() {
        startMicros = -1;
    }

    static void release(FrameRecorder recorder) {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            // a recorder whose peer has gone cannot flush; nothing is left to release
        }
    }

    @Override
    public void close() throws FrameGrabber.Exception {
        pattern.release();
    }
}
