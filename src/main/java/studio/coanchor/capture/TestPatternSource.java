package studio.coanchor.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaException;

/**
 * FFmpeg's {@code testsrc2} pattern and/or a 440 Hz {@code sine} tone from one lavfi graph, paced in real time.
 * Video comes as YUV420P at exactly the requested size and rate; the tone in 10 ms stereo chunks.
 */
public final class TestPatternSource extends GrabberSource {
    private static final String TONE = "sine=frequency=440:sample_rate=" + AudioFormat.SAMPLE_RATE
            + ":samples_per_frame=" + AudioFormat.SAMPLES_PER_10_MS;

    private final int width;
    private final int height;
    private final int fps;
    private final boolean video;
    private final boolean tone;

    /** The pattern at {@code width}x{@code height} and {@code fps}, with the tone when {@code tone}. */
    public TestPatternSource(int width, int height, int fps, boolean tone, boolean latencyStamp) {
        this(width, height, fps, true, tone, latencyStamp);
    }

    private TestPatternSource(int width, int height, int fps, boolean video, boolean tone, boolean latencyStamp) {
        super("capture-test", latencyStamp);
        if (video && (width <= 0 || height <= 0 || fps <= 0)) {
            throw new IllegalArgumentException("test pattern needs a positive size and rate, got "
                    + width + "x" + height + "@" + fps);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.video = video;
        this.tone = tone;
    }

    /** The 440 Hz tone alone, to go with a camera or screen. */
    public static TestPatternSource toneOnly() {
        return new TestPatternSource(0, 0, 0, false, true, false);
    }

    @Override
    public String description() {
        String pattern = "test pattern " + width + "x" + height + "@" + fps;
        return video ? (tone ? pattern + " with 440 Hz tone" : pattern) : "440 Hz tone";
    }

    @Override
    public boolean hasVideo() {
        return video;
    }

    @Override
    public boolean hasAudio() {
        return tone;
    }

    String graph() {
        String pattern = "testsrc2=size=" + width + "x" + height + ":rate=" + fps;
        if (video && tone) {
            return pattern + "[out0];" + TONE + "[out1]";
        }
        return video ? pattern : TONE;
    }

    @Override
    protected FFmpegFrameGrabber newGrabber() {
        FFmpegFrameGrabber grabber = inStudioFormats(new FFmpegFrameGrabber(graph()));
        grabber.setFormat("lavfi");
        return grabber;
    }

    @Override
    protected MediaException openFailure(FrameGrabber.Exception failure) {
        EventCode code = video ? EventCode.PUSH_ERR_OPEN_CAMERA_FAIL : EventCode.PUSH_ERR_OPEN_MIC_FAIL;
        return new MediaException(code, "FFmpeg could not start the " + description() + " (" + graph() + "): "
                + reason(failure), failure);
    }

    @Override
    protected boolean paced() {
        return true;
    }
}
