package studio.coanchor.media;

/**
 * A camera, microphone, screen, generator or file. {@code start} opens the device and starts the source's named
 * threads, which deliver frames to the sink until {@code stop}, which joins them. start, stop, start works.
 */
public interface CaptureSource extends AutoCloseable {

    /** What the user picked, in words ("camera /dev/video0", "test pattern 1280x720@30"). */
    String description();

    boolean hasVideo();

    boolean hasAudio();

    /**
     * Opens the device and starts delivering. Fails with the code a user sees (-1301 camera, -1302 microphone,
     * -1308 camera busy, -1309 screen capture) and a message that says what to do.
     */
    void start(FrameSink sink, MediaEventListener events) throws MediaException;

    /** Stops delivering and joins the source's threads. Safe to call twice or before start. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
