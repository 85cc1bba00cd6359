package studio.coanchor.ui;

import java.nio.file.Path;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.VideoSettings;

/**
 * What the studio window needs from the media engine. Every method but {@link #preview} may block and is never
 * called on the JavaFX thread; the engine reports what happens to the {@link EngineListener} from its own threads.
 * Values use the command line's words ({@code test}, {@code camera:ID}, {@code HD}, {@code landscape}, {@code x264}).
 */
public interface BroadcastControl {

    /** Where the engine publishes what the anchor should see, whether live or not. */
    LatestFrameSlot<PreviewImage> preview();

    /** Where events and figures go from now on. */
    void listen(EngineListener listener);

    /** The devices, quality presets and encoders this machine offers; may take a few seconds the first time. */
    Catalog catalog();

    /**
     * Captures from {@code video} and {@code audio} from now on, for the preview, a push and a recording alike. The
     * current source keeps feeding the preview until the new one delivers its first picture. Returns the new
     * source's description; fails with the device's error, or with IllegalArgumentException naming a bad value.
     */
    String useSource(String video, String audio) throws MediaException;

    /** The picture to push and record; while live the push switches to it on the same connection. */
    VideoSettings usePicture(String preset, String orientation);

    /** The H.264 encoder for the next push or recording. */
    void useEncoder(String encoder);

    /** The push URL the backend signs for the logged-in anchor. */
    SignedTarget signedPushTarget() throws Exception;

    /** Starts pushing to {@code url}; returns once the push has started, or fails with the reason. */
    void goLive(String url) throws MediaException;

    /** Stops pushing and returns when the connection is closed. Safe when not live. */
    void stop();

    /** Records what is captured to {@code file} (FLV or fragmented MP4 by its extension), live or not. */
    void startRecording(Path file) throws MediaException;

    /** Ends the recording, leaving a complete file. Safe when not recording. */
    void stopRecording();

    /** Writes the current picture to {@code file} as PNG. */
    void snapshot(Path file) throws Exception;

    /** Turns echo cancellation, noise suppression and gain control on the microphone on or off, live or not. */
    void voiceProcessing(boolean on);

    /** Silences the sound pushed and recorded while {@code muted}. */
    void setMuted(boolean muted);
}
