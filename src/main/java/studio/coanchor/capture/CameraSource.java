package studio.coanchor.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.util.List;
import java.util.Locale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;

/**
 * A camera through FFmpeg's device input (v4l2, dshow or avfoundation), delivered as YUV420P at the camera's own
 * size. A camera that stops delivering (unplugged) is reported removed and opened again every second until it is
 * back.
 */
public final class CameraSource extends GrabberSource {
    private static final Logger LOG = LoggerFactory.getLogger(CameraSource.class);
    private static final int EBUSY = -16;
    private static final long RETRY_MILLIS = 1_000;

    private final HostOs os = HostOs.current();
    private final String id;
    private final String format;
    private final String fixedInput;

    /** {@code id}: a /dev/videoN path or N on Linux, a device name on Windows, an index on macOS; null = first. */
    public CameraSource(String id, boolean latencyStamp) {
        super("capture-camera", latencyStamp);
        this.id = id;
        this.format = switch (os) {
            case LINUX -> "v4l2";
            case WINDOWS -> "dshow";
            case MACOS -> "avfoundation";
        };
        this.fixedInput = null;
    }

    /** A camera read from any FFmpeg input, such as a lavfi graph that ends the way an unplugged camera does. */
    CameraSource(String format, String input, boolean latencyStamp) {
        super("capture-camera", latencyStamp);
        this.id = input;
        this.format = format;
        this.fixedInput = input;
    }

    @Override
    public String description() {
        return "camera " + (id != null ? id : "(default)");
    }

    @Override
    public boolean hasVideo() {
        return true;
    }

    @Override
    public boolean hasAudio() {
        return false;
    }

    private String input() throws MediaException {
        if (fixedInput != null) {
            return fixedInput;
        }
        return switch (os) {
            case LINUX -> id == null ? "/dev/video0" : id.matches("\\d+") ? "/dev/video" + id : id;
            case WINDOWS -> "video=" + (id != null ? id : firstCameraName());
            case MACOS -> (id != null ? id : "0") + ":none";
        };
    }

    private static String firstCameraName() throws MediaException {
        List<Device> cameras = new DeviceCatalog().cameras();
        if (cameras.isEmpty()) {
            throw new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL,
                    "No camera was found: connect one, or use --source test or --source screen");
        }
        return cameras.get(0).id();
    }

    @Override
    protected FFmpegFrameGrabber newGrabber() throws MediaException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(input());
        grabber.setFormat(format);
        grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
        return grabber;
    }

    @Override
    protected MediaException openFailure(FrameGrabber.Exception failure) {
        String reason = reason(failure);
        String device = device();
        if (errorCode(failure) == EBUSY || reason.toLowerCase(Locale.ROOT).contains("busy")) {
            return new MediaException(EventCode.PUSH_ERR_CAMERA_OCCUPY, "Camera " + device
                    + " is in use by another program (" + reason + "): close that program or pick another camera"
                    + " (coanchor devices lists them)", failure);
        }
        return new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, "Could not open camera " + device + ": "
                + reason + ". Pick another camera (coanchor devices lists them)", failure);
    }

    private String device() {
        try {
            return input();
        } catch (MediaException e) {
            return description();
        }
    }

    @Override
    protected boolean paced() {
        return false;
    }

    @Override
    protected void opened(MediaEventListener events) {
        events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_OPEN_CAMERA_SUCC, "Camera " + device() + " opened"));
    }

    @Override
    protected FFmpegFrameGrabber afterEnd(FFmpegFrameGrabber ended, Exception failure, Reopen reopen,
                                          MediaEventListener events) throws InterruptedException {
        events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_CAMERA_REMOVED, "Camera " + device()
                + " stopped delivering" + (failure != null ? " (" + reason(failure) + ")" : "")
                + "; trying to open it again every second"));
        release(ended);
        while (true) {
            Thread.sleep(RETRY_MILLIS);
            try {
                FFmpegFrameGrabber grabber = reopen.open();
                events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_CAMERA_AVAILABLE,
                        "Camera " + device() + " is back"));
                return grabber;
            } catch (MediaException e) {
                LOG.debug("Camera {} is not back yet: {}", device(), e.getMessage());
            }
        }
    }

    @Override
    protected void closed(MediaEventListener events) {
        events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_CAMERA_CLOSED, "Camera " + device() + " closed"));
    }
}
