package studio.coanchor.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.play.PlayState;
import studio.coanchor.play.Player;

/**
 * Runs one headless play from a {@link PlayRequest}: every event and status line goes to {@code out}, then the
 * snapshot and the latency line when asked for. Returns 0 when the duration ends, the stream ends (2006) or Ctrl+C
 * stops it, and 1 after a terminal error.
 */
public final class PlayRunner {
    /** The snapshot keeps the stream's own size up to this width. */
    private static final int SNAPSHOT_WIDTH = 4096;

    public int run(PlayRequest request, PrintStream out) {
        Player player = new Player(request.options());
        Lines lines = new Lines(out);
        MediaEventListener printer = event -> lines.print(event.line());
        player.addEventListener(printer);
        player.addStatusListener(status -> lines.print(status.line()));
        PreviewTap snapshotTap = request.snapshot().isPresent()
                ? new PreviewTap(SNAPSHOT_WIDTH, new LatestFrameSlot<>()) : null;
        Thread shutdown = new Thread(player::stop, "play-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        PlayState ended;
        try {
            player.start(snapshotTap != null ? snapshotTap : new NoFrames());
            player.awaitTerminal(request.duration().orElse(Duration.ofDays(3650)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = player.state();
            player.stop();
            ShutdownHooks.remove(shutdown);
        }
        boolean failed = ended == PlayState.FAILED;
        if (snapshotTap != null) {
            failed |= !saveSnapshot(snapshotTap, request.snapshot().get(), printer);
            snapshotTap.close();
        }
        if (request.latency()) {
            lines.print(player.latency().line());
        }
        return failed ? 1 : 0;
    }

    private static boolean saveSnapshot(PreviewTap tap, Path file, MediaEventListener printer) {
        try {
            tap.snapshot(file);
            printer.onEvent(MediaEvent.now(EventCode.PLAY_EVT_SNAPSHOT_RESULT, "saved the last picture to " + file));
            return true;
        } catch (IOException e) {
            printer.onEvent(MediaEvent.now(EventCode.PLAY_EVT_SNAPSHOT_RESULT, "no snapshot saved: " + e.getMessage()));
            return false;
        }
    }
}
