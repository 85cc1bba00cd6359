package studio.coanchor.media;

/** Opens an {@link AudioOutput} each time a component starts to play sound: a speaker, or an input of a mixer. */
@FunctionalInterface
public interface AudioOutputFactory {

    /**
     * Opens the output, or fails with {@link EventCode#WARNING_SPEAKER_DEVICE_EMPTY} and a message saying why there
     * is no sound; the caller then plays on silently. Never blocks for more than a few seconds.
     */
    AudioOutput open() throws MediaException;
}
