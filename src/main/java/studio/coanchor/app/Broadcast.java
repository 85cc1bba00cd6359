package studio.coanchor.app;

import java.util.Optional;
import studio.coanchor.audio.VoiceChain;
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

/**
 * A capture source feeding a pusher through voice processing, as one {@link PushRequest} describes them. The voice
 * chain is also the echo canceller's end for the sound a playout mixer plays.
 */
final class Broadcast implements AnchorPush, AutoCloseable {
    private final PushRequest request;
    private final VideoSettings video;
    private final CaptureSource source;
    private final boolean microphone;
    private final Pusher pusher;
    private final VoiceChain voice;

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
        this.microphone = spec.audio() == SourceSpec.Audio.MIC;
        this.voice = new VoiceChain(pusher, request.voice().resolve(
                QualityPreset.parse(request.quality()).echoCancellation(), microphone));
    }

    Pusher pusher() {
        return pusher;
    }

    VoiceChain voice() {
        return voice;
    }

    @Override
    public void linkMic(boolean on) {
        voice.apply(request.voice().resolve(on, microphone));
    }

    @Override
    public VideoSettings requestedVideo() {
        return video;
    }

    @Override
    public Orientation orientation() {
        return Orientation.parse(request.orientation());
    }

    @Override
    public Optional<Pusher> currentPusher() {
        return Optional.of(pusher);
    }

    @Override
    public void addPushListener(MediaEventListener listener) {
        pusher.addEventListener(listener);
    }

    /** Connects the pusher, then starts capturing into it; the source reports device events to {@code events}. */
    void start(MediaEventListener events) throws MediaException {
        pusher.start();
        source.start(voice, events);
    }

    @Override
    public void close() {
        source.stop();
        voice.close();
        pusher.stop();
    }
}
