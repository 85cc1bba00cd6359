package studio.coanchor.app;

import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.VideoFrame;

/**
 * Passes frames on, with silence in place of the sound while muted: the audio track keeps its timing, so a push or
 * recording simply goes quiet. Audio arrives on one thread at a time.
 */
final class AudioMute implements FrameSink {
    private final FrameSink next;
    private volatile boolean muted;
    private short[] silence = new short[0];

    AudioMute(FrameSink next) {
        this.next = next;
    }

    void setMuted(boolean muted) {
        this.muted = muted;
    }

    @Override
    public void onVideo(VideoFrame frame) {
        next.onVideo(frame);
    }

    @Override
    public void onAudio(AudioFrame frame) {
        if (!muted) {
            next.onAudio(frame);
            return;
        }
        int values = frame.sampleCount() * AudioFormat.CHANNELS;
        if (silence.length < values) {
            silence = new short[values];
        }
        next.onAudio(new AudioFrame(silence, frame.sampleCount(), frame.ptsMicros()));
    }
}
