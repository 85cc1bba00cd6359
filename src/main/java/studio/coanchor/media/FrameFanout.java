package studio.coanchor.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Delivers one source's frames to several sinks (the preview, the pusher, the recorder) in turn. */
public final class FrameFanout implements FrameSink {
    private final List<FrameSink> sinks = new CopyOnWriteArrayList<>();

    public void add(FrameSink sink) {
        sinks.add(sink);
    }

    public void remove(FrameSink sink) {
        sinks.remove(sink);
    }

    @Override
    public void onVideo(VideoFrame frame) {
        for (FrameSink sink : sinks) {
            sink.onVideo(frame);
        }
    }

    @Override
    public void onAudio(AudioFrame frame) {
        for (FrameSink sink : sinks) {
            sink.onAudio(frame);
        }
    }
}
