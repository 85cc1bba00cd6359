package studio.coanchor.capture;

import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;

/** Any media file FFmpeg reads, looped forever and paced in real time, as YUV420P and 48 kHz stereo. */
public final class MediaFileSource extends GrabberSource {
    private static final Logger LOG = LoggerFactory.getLogger(MediaFileSource.class);

    private final Path file;
    private final boolean audio;

    /** {@code audio}: deliver the file's sound too. */
    public MediaFileSource(Path file, boolean audio, boolean latencyStamp) {
        super("capture-file", latencyStamp);
        this.file = file;
        this.audio = audio;
    }

    @Override
    public String description() {
        return "file " + file;
    }

    @Override
    public boolean hasVideo() {
        return true;
    }

    @Override
    public boolean hasAudio() {
        return audio;
    }

    @Override
    protected FFmpegFrameGrabber newGrabber() {
        FFmpegFrameGrabber grabber = inStudioFormats(new FFmpegFrameGrabber(file.toString()));
        return grabber;
    }

    @Override
    protected MediaException openFailure(FrameGrabber.Exception failure) {
        return new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, "Could not read " + file
                + " as media: FFmpeg says \"" + reason(failure) + "\". Pick a video file FFmpeg can play", failure);
    }

    @Override
    protected void verify(FFmpegFrameGrabber started) throws MediaException {
        // FFmpeg's tty demuxer plays any .txt file as ANSI art; nobody means that as their video.
        if ("tty".equals(started.getFormatContext().iformat().name().getString())) {
            throw new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, file + " is a text file, not a video:"
                    + " pick a video file FFmpeg can play");
        }
        if (!started.hasVideo()) {
            throw new MediaException(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, file + " has no picture: pick a video"
                    + " file, or use it with another video source");
        }
    }

    @Override
    protected boolean paced() {
        return true;
    }

    @Override
    protected FFmpegFrameGrabber afterEnd(FFmpegFrameGrabber ended, Exception failure, Reopen reopen,
                                          MediaEventListener events) {
        if (failure != null) {
            LOG.warn("Reading {} failed; the source ends", file, failure);
            return null;
        }
        try {
            ended.setTimestamp(0);
            return ended;
        } catch (FrameGrabber.Exception seekFailure) {
            LOG.debug("Could not seek {} back to its start; opening it again", file, seekFailure);
        }
        try {
            release(ended);
            return reopen.open();
        } catch (MediaException e) {
            LOG.warn("{} could not be opened again; the source ends", file, e);
            return null;
        }
    }
}
