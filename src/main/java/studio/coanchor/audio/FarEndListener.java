package studio.coanchor.audio;

import studio.coanchor.media.AudioFrame;

/** Hears each 10 ms the playout mixer hands to the speakers: the far end an echo canceller learns from. */
@FunctionalInterface
public interface FarEndListener {

    /**
     * Called on the mixer's thread as {@code frame} goes to the speakers; it will be heard {@code heardInMicros}
     * from now, after what they still hold. Must return quickly.
     */
    void played(AudioFrame frame, long heardInMicros);
}
