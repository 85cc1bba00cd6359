package studio.coanchor.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.PushStatus;

/**
 * What the studio window needs from the media engine. The callbacks passed to {@link #goLive} are called on the
 * engine's own threads; the methods themselves may block and are never called on the JavaFX thread.
 */
public interface BroadcastControl {

    /** Where the engine publishes what the anchor should see, whether live or not. */
    LatestFrameSlot<PreviewImage> preview();

    /** Starts pushing to {@code url}; returns once the push has started, or fails with the reason. */
    void goLive(String url, Consumer<MediaEvent> events, Consumer<PushStatus> status) throws Exception;

    /** Stops pushing and returns when the connection is closed. Safe when not live. */
    void stop();

    /** Writes the current picture to {@code file} as PNG. */
    void snapshot(Path file) throws Exception;

    /** Turns echo cancellation, noise suppression and gain control on the microphone on or off, live or not. */
    void voiceProcessing(boolean on);
}
