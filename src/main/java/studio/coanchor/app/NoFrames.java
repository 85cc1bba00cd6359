package studio.coanchor.app;

import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.VideoFrame;

/** A sink for a player whose pictures and sound nobody keeps: only its events, figures and latency matter. */
final class NoFrames implements FrameSink {
    @Override
    public void onVideo(VideoFrame frame) {
    }

    @Override
    public void onAudio(AudioFrame frame) {
    }
}
