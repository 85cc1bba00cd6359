package studio.coanchor.media;

/** Where a source delivers what it captures, on the source's own thread. Frames are valid only during the call. */
public interface FrameSink {
    void onVideo(VideoFrame frame);

    void onAudio(AudioFrame frame);
}
