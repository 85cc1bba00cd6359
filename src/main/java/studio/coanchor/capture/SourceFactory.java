package studio.coanchor.capture;

import studio.coanchor.media.CaptureSource;

/** Builds the capture source a {@link SourceSpec} describes; nothing is opened until it is started. */
public final class SourceFactory {
    private SourceFactory() {
    }

    /**
     * @param width  test pattern width (devices and files keep their own size)
     * @param height test pattern height
     * @param fps    test pattern and screen capture rate
     */
    public static CaptureSource open(SourceSpec spec, int width, int height, int fps, boolean latencyStamp) {
        return switch (spec.video()) {
            case TEST -> spec.audio() == SourceSpec.Audio.MIC
                    ? withAudio(new TestPatternSource(width, height, fps, false, latencyStamp), spec)
                    : new TestPatternSource(width, height, fps, spec.audio() == SourceSpec.Audio.TONE, latencyStamp);
            case CAMERA -> withAudio(new CameraSource(spec.camera(), latencyStamp), spec);
            case SCREEN -> withAudio(new ScreenSource(spec.region(), fps, latencyStamp), spec);
            case FILE -> spec.audio() == SourceSpec.Audio.MIC
                    ? withAudio(new MediaFileSource(spec.file(), false, latencyStamp), spec)
                    : new MediaFileSource(spec.file(), spec.audio() == SourceSpec.Audio.FILE, latencyStamp);
        };
    }

    private static CaptureSource withAudio(CaptureSource video, SourceSpec spec) {
        return switch (spec.audio()) {
            case TONE -> new CombinedSource(video, TestPatternSource.toneOnly());
            case MIC -> new CombinedSource(video, new MicrophoneSource(spec.microphone()));
            case NONE, FILE -> video;
        };
    }
}
