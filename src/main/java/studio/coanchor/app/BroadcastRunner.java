package studio.coanchor.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import studio.coanchor.capture.SourceFactory;
import studio.coanchor.capture.SourceSpec;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.FfmpegEncoderFactory;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.ReconnectPolicy;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.push.PushOptions;
import studio.coanchor.push.PushState;
import studio.coanchor.push.Pusher;

/**
 * Runs one headless push from a {@link PushRequest}: the source feeds the pusher, every event and status line goes
 * to {@code out}. Returns 0 when the duration ends (or Ctrl+C stops it) and 1 after a terminal error.
 */
public final class BroadcastRunner {
    public int run(PushRequest request, PrintStream out) {
        VideoSettings video = request.picture()
                .applyTo(QualityPreset.parse(request.quality()).settings(Orientation.parse(request.orientation())));
        SourceSpec spec = SourceSpec.parse(request.source(), request.audio());
        PushOptions options = new PushOptions(request.url().orElse(null), request.record().orElse(null), video,
                spec.audio() == SourceSpec.Audio.NONE ? 0 : QualityPreset.AUDIO_BITRATE_KBPS, new ReconnectPolicy(request.retryCount(), request.retryInterval()),
                PushOptions.DEFAULT_CONNECT_TIMEOUT);
        CaptureSource source = SourceFactory.open(spec, video.width(), video.height(), video.fps(),
                request.latencyStamp());
        Pusher pusher = new Pusher(options, new FfmpegEncoderFactory(EncoderChoice.parse(request.encoder()), "veryfast"));

        AtomicReference<MediaEvent> terminalError = new AtomicReference<>();
        MediaEventListener printer = event -> {
            if (event.code().isError()) {
                terminalError.compareAndSet(null, event);
            }
            synchronized (out) {
                out.println(event.line());
            }
        };
        pusher.addEventListener(printer);
        pusher.addStatusListener(status -> {
            synchronized (out) {
                out.println(status.line());
            }
        });
        Thread shutdown = new Thread(() -> stopAll(source, pusher), "push-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            pusher.start();
            source.start(pusher, printer);
            Duration limit = request.duration().orElse(Duration.ofDays(3650));
            pusher.awaitTerminal(limit);
        } catch (MediaException e) {
            printer.onEvent(MediaEvent.now(e.code(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopAll(source, pusher);
            removeHook(shutdown);
        }
        return terminalError.get() != null || pusher.state() == PushState.FAILED ? 1 : 0;
    }

    private static void stopAll(CaptureSource source, Pusher pusher) {
        source.stop();
        pusher.stop();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and stops everything itself
        }
    }
}
