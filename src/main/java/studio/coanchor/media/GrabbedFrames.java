package studio.coanchor.media;

import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.Frame;

/**
 * Turns the grabber's reused JavaCV frames, or a decoder's AVFrames, into media frames without copying pixels. For a
 * planar format JavaCV's {@code Frame.image[0]} covers only the first plane, so the planes come from the AVFrame it
 * keeps in {@code opaque}.
 */
public final class GrabbedFrames {
    private short[] samples = new short[AudioFormat.SAMPLES_PER_10_MS * AudioFormat.CHANNELS];

    public VideoFrame video(Frame frame, long ptsMicros, long captureMillis) {
        AVFrame picture = (AVFrame) frame.opaque;
        return view(picture, PixelFormat.ofFfmpeg(picture.format()), frame.imageWidth, frame.imageHeight, ptsMicros,
                captureMillis);
    }

    /** A frame over {@code picture}'s planes, read as {@code format}; valid while the picture is. */
    public static VideoFrame view(AVFrame picture, PixelFormat format, int width, int height, long ptsMicros,
                                  long captureMillis) {
        ByteBuffer[] planes = new ByteBuffer[format.planes()];
        int[] strides = new int[format.planes()];
        for (int i = 0; i < planes.length; i++) {
            int rows = i > 0 ? (height + 1) / 2 : height;
            strides[i] = picture.linesize(i);
            planes[i] = picture.data(i).capacity((long) strides[i] * rows).asByteBuffer();
        }
        return new VideoFrame(width, height, format, planes, strides, ptsMicros, captureMillis);
    }

    /** Expects the grabber to resample to 48 kHz stereo S16 interleaved. */
    public AudioFrame audio(Frame frame, long ptsMicros) {
        ShortBuffer source = ((ShortBuffer) frame.samples[0]).duplicate();
        int values = source.remaining();
        if (samples.length < values) {
            samples = new short[values];
        }
        source.get(samples, 0, values);
        return new AudioFrame(samples, values / AudioFormat.CHANNELS, ptsMicros);
    }
}
