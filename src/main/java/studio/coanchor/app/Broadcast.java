package studio.coanchor.app;

import studio.coanchor.capture.SourceFactory;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.Pusher;

/** A capture source feeding a pusher, as one {@link PushRequest} describes them. */
final class Broadcast implements AutoCloseable {
    private final PushRequest request;
    private final VideoSettings video;
    private final CaptureSource source;
    private final Pusher pusher;

    Broadcast(PushRequest request) {
        this.request = request;
        this.video = request.autoBitrate().applyTo(request.picture()
                .applyTo(QualityPreset.parse(request.quality()).settings(orientation())));
        SourceSpec spec = SourceSpec.parse(request.source(), request.audio());
        PushOptions options = new PushOptions(request.url().orElse(null), request.record().orElse(null), video,
                spec.audio() == SourceSpec.Audio.NONE ? 0 : QualityPreset.AUDIO_BITRATE_KBPS,
                new ReconnectPolicy(request.retryCount(), request.retryInterval()), PushOptions.DEFAULT_CONNECT_TIMEOUT,
                request.autoBitrate().on());
        this.source = SourceFactory.open(spec, video.width(), video.height(), video.fps(), request.latencyStamp());
        this.pusher = new Pusher(options, new FfmpegEncoderFactory(EncoderChoice.parse(request.encoder()), "veryfast"));
    }

    Pusher pusher() {
        return pusher;
    }

    /** The picture the request asked for, before any co-anchor preset changed it. */
    VideoSettings requestedVideo() {
        return video;
    }

    Orientation orientation() {
        return Orientation.parse(request.orientation());
    }

    /** Connects the pusher, then starts capturing into it; the source reports device events to {@code events}. */
    void start(MediaEventListener events) throws MediaException {
        pusher.start();
        source.start(pusher, events);
    }

    @Override
    public void close() {
        source.stop();
        pusher.stop();
    }
}
