package studio.coanchor.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.IoDeadline;
import studio.coanchor.media.LatencyBarcode;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoFrame;

/**
 * A source read through an {@link FFmpegFrameGrabber} on one named thread: {@code start} opens the grabber on the
 * caller's thread (so a bad device fails there, with its code), then the thread grabs, places each frame on the
 * {@link Timeline} and delivers it until {@code stop}. Subclasses say how to build the grabber, what an open
 * failure means, and what happens when the input ends or fails.
 */
abstract class GrabberSource implements CaptureSource {
    private static final Logger LOG = LoggerFactory.getLogger(GrabberSource.class);
    private static final Pattern FFMPEG_ERROR = Pattern.compile("error (-\\d+)");
    private static final long READ_LIMIT_MILLIS = 5_000;
    private static final long JOIN_MILLIS = 3_000;

    private final String threadName;
    private final boolean latencyStamp;
    private Run run;

    GrabberSource(String threadName, boolean latencyStamp) {
        this.threadName = threadName;
        this.latencyStamp = latencyStamp;
    }

    /** A grabber configured for this source, not started yet. */
    protected abstract FFmpegFrameGrabber newGrabber() throws MediaException;

    /** What a failure to start the grabber means to the user. */
    protected abstract MediaException openFailure(FrameGrabber.Exception failure);

    /** Whether frames are paced in real time from their own timestamps (generators, files). */
    protected abstract boolean paced();

    /** Rejects a grabber that started but cannot serve this source (a file without pictures). */
    protected void verify(FFmpegFrameGrabber started) throws MediaException {
    }

    /** Called once the grabber has started, on the caller's thread. */
    protected void opened(MediaEventListener events) {
    }

    /** Called on the source's thread after the grabber has been released for good. */
    protected void closed(MediaEventListener events) {
    }

    /**
     * The input ended ({@code failure} null) or failed. Returns the grabber to go on with (the same one rewound, or
     * a new one after releasing this one) or null to end the source. Interrupted means stop was called.
     */
    protected FFmpegFrameGrabber afterEnd(FFmpegFrameGrabber ended, Exception failure, Reopen reopen,
                                          MediaEventListener events) throws InterruptedException {
        if (failure != null) {
            LOG.warn("{}: reading failed, the source ends", description(), failure);
        }
        return null;
    }

    @Override
    public final synchronized void start(FrameSink sink, MediaEventListener events) throws MediaException {
        if (run != null) {
            throw new IllegalStateException(description() + " is already started");
        }
        MediaEventListener listener = events != null ? events : event -> { };
        Run next = new Run(sink, listener);
        try {
            next.grabber = open(next.deadline);
        } catch (MediaException | RuntimeException e) {
            next.deadline.close();
            throw e;
        }
        opened(listener);
        next.thread.start();
        run = next;
    }

    @Override
    public final void stop() {
        Run stopping;
        synchronized (this) {
            stopping = run;
            run = null;
        }
        if (stopping != null) {
            stopping.stop();
        }
    }

    /** Opens the input again after it failed, with the same read deadline. */
    @FunctionalInterface
    protected interface Reopen {
        FFmpegFrameGrabber open() throws MediaException;
    }

    /** Builds and starts a grabber whose reads are bounded by {@code deadline}. */
    private FFmpegFrameGrabber open(IoDeadline deadline) throws MediaException {
        FFmpegFrameGrabber grabber = newGrabber();
        if (!paced()) {
            // Frames a live device delivers while FFmpeg probes it would come out late and in a burst: drop them.
            grabber.setOption("fflags", "nobuffer");
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            release(grabber);
            throw openFailure(e);
        }
        try {
            verify(grabber);
        } catch (MediaException e) {
            release(grabber);
            throw e;
        }
        deadline.install(grabber.getFormatContext());
        return grabber;
    }

    /** A grabber that delivers the studio's formats: YUV420P pictures and 48 kHz stereo 16-bit sound. */
    protected static FFmpegFrameGrabber inStudioFormats(FFmpegFrameGrabber grabber) {
        grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
        grabber.setSampleFormat(AV_SAMPLE_FMT_S16);
        grabber.setSampleRate(AudioFormat.SAMPLE_RATE);
        grabber.setAudioChannels(AudioFormat.CHANNELS);
        return grabber;
    }

    protected static void release(FFmpegFrameGrabber grabber) {
        if (grabber == null) {
            return;
        }
        try {
            grabber.release();
        } catch (FrameGrabber.Exception e) {
            LOG.debug("Releasing a grabber failed", e);
        }
    }

    /** FFmpeg's own words for the error number in a JavaCV exception ("No such file or directory"). */
    protected static String reason(Exception failure) {
        int code = errorCode(failure);
        if (code == 0) {
            return String.valueOf(failure.getMessage());
        }
        return FfmpegLog.describe(code);
    }

    /** The negative FFmpeg error number a JavaCV exception carries, or 0. */
    protected static int errorCode(Exception failure) {
        Matcher matcher = FFMPEG_ERROR.matcher(String.valueOf(failure.getMessage()));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** One start-to-stop run: its own thread, grabber and read deadline, so a late thread never sees the next run. */
    private final class Run implements Runnable {
        private final FrameSink sink;
        private final MediaEventListener events;
        private final IoDeadline deadline = new IoDeadline();
        private final Thread thread = new Thread(this, threadName);
        private final GrabbedFrames frames = new GrabbedFrames();
        private final Timeline timeline = new Timeline(paced());
        private volatile boolean stopping;
        private FFmpegFrameGrabber grabber;

        Run(FrameSink sink, MediaEventListener events) {
            this.sink = sink;
            this.events = events;
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                grabLoop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("{} failed", description(), e);
            } finally {
                release(grabber);
                deadline.close();
                closed(events);
            }
        }

        private void grabLoop() throws InterruptedException {
            boolean firstVideo = true;
            long deliveredInSegment = 0;
            while (!stopping) {
                Frame frame = null;
                Exception failure = null;
                deadline.arm(READ_LIMIT_MILLIS);
                try {
                    frame = grabber.grabFrame(hasAudio(), hasVideo(), true, false, false);
                } catch (FrameGrabber.Exception e) {
                    failure = e;
                } finally {
                    deadline.disarm();
                }
                if (stopping) {
                    return;
                }
                if (frame == null) {
                    if (paced() && deliveredInSegment == 0) {
                        LOG.warn("{} ended without giving a single frame; the source ends", description(), failure);
                        return;
                    }
                    FFmpegFrameGrabber next = afterEnd(grabber, failure, () -> open(deadline), events);
                    if (next != grabber) {
                        release(grabber);
                    }
                    grabber = next;
                    if (grabber == null) {
                        return;
                    }
                    timeline.newSegment();
                    deliveredInSegment = 0;
                } else if (frame.image != null) {
                    deliverVideo(frame, firstVideo);
                    firstVideo = false;
                    deliveredInSegment++;
                } else if (frame.samples != null) {
                    deliverAudio(frame);
                    deliveredInSegment++;
                }
            }
        }

        private void deliverVideo(Frame frame, boolean first) throws InterruptedException {
            double rate = grabber.getFrameRate();
            long duration = rate > 0 ? Math.round(1_000_000 / rate) : 0;
            long pts = timeline.place(frame.timestamp, duration);
            timeline.waitFor(pts);
            long captureMillis = System.currentTimeMillis();
            VideoFrame video = frames.video(frame, pts, captureMillis);
            if (latencyStamp && LatencyBarcode.fits(video)) {
                LatencyBarcode.stamp(video, captureMillis);
            }
            if (first) {
                events.onEvent(MediaEvent.now(EventCode.PUSH_EVT_FIRST_FRAME_AVAILABLE,
                        description() + ": first frame " + video.width() + "x" + video.height()));
            }
            sink.onVideo(video);
        }

        private void deliverAudio(Frame frame) throws InterruptedException {
            int sampleCount = frame.samples[0].remaining() / AudioFormat.CHANNELS;
            long pts = timeline.place(frame.timestamp, sampleCount * 1_000_000L / AudioFormat.SAMPLE_RATE);
            timeline.waitFor(pts);
            sink.onAudio(frames.audio(frame, pts));
        }

        void stop() {
            stopping = true;
            deadline.cancel();
            thread.interrupt();
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("{}: {} is still inside a device read after {} ms; it closes the device when the read returns",
                        description(), threadName, JOIN_MILLIS);
            }
        }
    }
}
