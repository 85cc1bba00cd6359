package studio.coanchor.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.linkmic.Answer;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.BackendMix;
import studio.coanchor.linkmic.CoanchorSession;
import studio.coanchor.linkmic.StreamGrant;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.SilentOutput;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.play.SpeakerOutput;
import studio.coanchor.push.PushState;

/**
 * Runs one side of a co-anchor session headless: logs in, pushes to the URL the backend signs, joins the room and
 * follows it until the duration ends or Ctrl+C. Returns 0 when it ends as asked, 1 when the backend or the push
 * failed.
 */
final class LinkRunner {
    int run(LinkRequest request, PrintStream out, PrintStream err) {
        BackendAccount account;
        StreamGrant grant;
        try {
            account = BackendAccount.login(request.backend(), request.user(), request.password());
            grant = account.streams();
        } catch (BackendException e) {
            err.println(e.getMessage());
            return 1;
        }
        Lines lines = new Lines(out);
        Broadcast broadcast = new Broadcast(request.push().withUrl(grant.push()));
        AtomicReference<MediaEvent> terminalError = new AtomicReference<>();
        MediaEventListener pushEvents = event -> {
            if (event.code().isError()) {
                terminalError.compareAndSet(null, event);
            }
            lines.print(event.line());
        };
        broadcast.pusher().addEventListener(pushEvents);
        broadcast.pusher().addStatusListener(status -> lines.print(status.line()));
        PlayoutMixer mixer = new PlayoutMixer(request.speaker() ? SpeakerOutput::open : SilentOutput::new);
        mixer.addEventListener(event -> lines.print(event.line()));
        mixer.addFarEndListener(broadcast.voice());
        PeerPlayers peers = new PeerPlayers(broadcast, mixer, new PeerLines(lines));
        CoanchorSession session = new CoanchorSession(account, request.room(), peers, new BackendMix(account, grant.appId(),
                () -> pictureOf(broadcast)), event -> lines.print(event.line()), Clock.systemUTC());
        broadcast.pusher().addEventListener(event -> {
            if (event.code() == EventCode.PUSH_EVT_PUSH_BEGIN) {
                session.pushBegan();
            }
        });
        Runnable stopAll = () -> {
            session.close();
            peers.close();
            mixer.stop();
            broadcast.close();
        };
        Thread shutdown = new Thread(stopAll, "link-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        boolean interrupted = false;
        try {
            mixer.start();
            broadcast.start(pushEvents);
            if (request.acceptAll()) {
                session.answerAutomatically(Answer.ACCEPT);
            }
            session.start();
            if (request.request()) {
                session.requestLink();
            }
            request.pk().ifPresent(session::startPk);
            broadcast.pusher().awaitTerminal(request.push().duration().orElse(Duration.ofDays(3650)));
        } catch (MediaException e) {
            pushEvents.onEvent(MediaEvent.now(e.code(), e.getMessage()));
        } catch (BackendException e) {
            err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            stopAll.run();
            ShutdownHooks.remove(shutdown);
            if (interrupted) {
                // restored only now: stopping joins the push and session threads, which an interrupt would cut short
                Thread.currentThread().interrupt();
            }
        }
        return terminalError.get() != null || broadcast.pusher().state() == PushState.FAILED ? 1 : 0;
    }

    /** Prints each peer's events and figures as {@code PEER <id> ...} lines; its pictures and sound are not kept. */
    private record PeerLines(Lines lines) implements PeerPlayers.Wiring {
        @Override
        public PeerPlayers.Outputs open(String peer) {
            return new PeerPlayers.Outputs(new NoFrames(), event -> lines.print("PEER " + peer + " " + event.line()),
                    status -> lines.print("PEER " + peer + " " + status.line()), state -> { });
        }

        @Override
        public void close(String peer) {
        }
    }

    private static PictureSize pictureOf(Broadcast broadcast) {
        var video = broadcast.pusher().videoSettings();
        return new PictureSize(video.width(), video.height());
    }
}
