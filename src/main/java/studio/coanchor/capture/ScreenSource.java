package studio.coanchor.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;

/**
 * The desktop, or a region of it, through x11grab (Linux), gdigrab (Windows) or avfoundation (macOS, whole screen
 * only), at {@code fps} and delivered as YUV420P.
 */
public final class ScreenSource extends GrabberSource {
    private final HostOs os = HostOs.current();
    private final SourceSpec.Region region;
    private final int fps;
    private final String x11Display;

    /** {@code region} null captures the whole screen. */
    public ScreenSource(SourceSpec.Region region, int fps, boolean latencyStamp) {
        this(region, fps, latencyStamp, System.getenv("DISPLAY"));
    }

    /** {@code x11Display} is the X display to grab on Linux ({@code $DISPLAY}), or null when there is none. */
    ScreenSource(SourceSpec.Region region, int fps, boolean latencyStamp, String x11Display) {
        super("capture-screen", latencyStamp);
        this.region = region;
        this.fps = fps;
        this.x11Display = x11Display;
    }

    @Override
    public String description() {
        return region == null ? "screen" : "screen region " + region.x() + "," + region.y() + " "
                + region.width() + "x" + region.height();
    }

    @Override
    public boolean hasVideo() {
        return true;
    }

    @Override
    public boolean hasAudio() {
        return false;
    }

    @Override
    protected FFmpegFrameGrabber newGrabber() throws MediaException {
        FFmpegFrameGrabber grabber = switch (os) {
            case LINUX -> x11grab();
            case WINDOWS -> gdigrab();
            case MACOS -> avfoundation();
        };
        if (fps > 0) {
            grabber.setFrameRate(fps);
        }
        grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
        return grabber;
    }

    private FFmpegFrameGrabber x11grab() throws MediaException {
        String display = x11Display;
        if (display == null || display.isBlank()) {
            throw new MediaException(EventCode.PUSH_ERR_SCREEN_CAPTURE_UNSURPORT, "Screen capture needs an X11"
                    + " display and DISPLAY is not set: run the studio in a desktop session, or use another source");
        }
        String input = region == null ? display : display + "+" + region.x() + "," + region.y();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(input);
        grabber.setFormat("x11grab");
        if (region != null) {
            grabber.setOption("video_size", region.width() + "x" + region.height());
        }
        return grabber;
    }

    private FFmpegFrameGrabber gdigrab() {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber("desktop");
        grabber.setFormat("gdigrab");
        if (region != null) {
            grabber.setOption("offset_x", Integer.toString(region.x()));
            grabber.setOption("offset_y", Integer.toString(region.y()));
            grabber.setOption("video_size", region.width() + "x" + region.height());
        }
        return grabber;
    }

    private FFmpegFrameGrabber avfoundation() {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber("Capture screen 0:none");
        grabber.setFormat("avfoundation");
        grabber.setOption("capture_cursor", "1");
        return grabber;
    }

    @Override
    protected MediaException openFailure(FrameGrabber.Exception failure) {
        return new MediaException(EventCode.PUSH_ERR_SCREEN_CAPTURE_UNSURPORT, "Could not capture the "
                + description() + ": " + reason(failure) + " (check the region lies on the screen and that screen"
                + " recording is allowed)", failure);
    }

    @Override
    protected boolean paced() {
        return false;
    }

    @Override
    protected void opened(MediaEventListener events) {
        events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_SCREEN_CAPTURE_SUCC, "Capturing the " + description()));
    }
}
