package studio.coanchor.capture;

import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.VideoFrame;

/** A picture from one source and sound from another, started and stopped together. */
public final class CombinedSource implements CaptureSource {
    private final CaptureSource video;
    private final CaptureSource audio;

    public CombinedSource(CaptureSource video, CaptureSource audio) {
        if (!video.hasVideo() || !audio.hasAudio()) {
            throw new IllegalArgumentException("combine a video source (" + video.description()
                    + ") with an audio source (" + audio.description() + ")");
        }
        this.video = video;
        this.audio = audio;
    }

    @Override
    public String description() {
        return video.description() + " + " + audio.description();
    }

    @Override
    public boolean hasVideo() {
        return true;
    }

    @Override
    public boolean hasAudio() {
        return true;
    }

    @Override
    public void start(FrameSink sink, MediaEventListener events) throws MediaException {
        FrameSink pictures = new FrameSink() {
            @Override
            public void onVideo(VideoFrame frame) {
                sink.onVideo(frame);
            }

            @Override
            public void onAudio(AudioFrame frame) {
            }
        };
        FrameSink sound = new FrameSink() {
            @Override
            public void onVideo(VideoFrame frame) {
            }

            @Override
            public void onAudio(AudioFrame frame) {
                sink.onAudio(frame);
            }
        };
        video.start(pictures, events);
        try {
            audio.start(sound, events);
        } catch (MediaException | RuntimeException e) {
            video.stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        audio.stop();
        video.stop();
    }
}
