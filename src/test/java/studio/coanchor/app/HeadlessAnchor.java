package studio.coanchor.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.BackendMix;
import studio.coanchor.linkmic.CoanchorSession;
import studio.coanchor.linkmic.LinkEvent;
import studio.coanchor.media.SilentOutput;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.testkit.CoanchorBackend;

/**
 * A second anchor without a window and without a push: a real co-anchor session in a room of the real backend, with
 * real players for whoever it links with, and a record of its events to wait for.
 */
final class HeadlessAnchor implements AutoCloseable {
    private final List<LinkEvent> events = new CopyOnWriteArrayList<>();
    private final PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new);
    private final PeerPlayers players;
    private final CoanchorSession session;

    HeadlessAnchor(CoanchorBackend backend, String anchor, String room) throws BackendException {
        BackendAccount account = backend.login(anchor);
        mixer.start();
        players = new PeerPlayers(new StudioPush(), mixer, new PeerPlayers.Wiring() {
            @Override
            public PeerPlayers.Outputs open(String peerId) {
                return new PeerPlayers.Outputs(new NoFrames(), event -> { }, status -> { }, state -> { });
            }

            @Override
            public void close(String peerId) {
            }
        });
        session = new CoanchorSession(account, room, players, new BackendMix(account, CoanchorBackend.APP_ID,
                () -> new PictureSize(960, 540)), events::add, Clock.systemUTC());
        session.start();
    }

    CoanchorSession session() {
        return session;
    }

    /** Waits up to 10 s for an event of {@code kind} about {@code peer} whose message contains {@code words}. */
    LinkEvent await(LinkEvent.Kind kind, String peer, String words) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(kind, peer, words) != null);
        } catch (TimeoutException e) {
            throw new TimeoutException("no " + kind + " about " + peer + " saying '" + words + "'; so far: "
                    + history());
        }
        return find(kind, peer, words);
    }

    private LinkEvent find(LinkEvent.Kind kind, String peer, String words) {
        return events.stream().filter(event -> event.kind() == kind && event.peer().equals(peer)
                && event.message().contains(words)).findFirst().orElse(null);
    }

    String history() {
        return events.stream().map(LinkEvent::line).toList().toString();
    }

    @Override
    public void close() {
        session.close();
        players.close();
        mixer.close();
    }
}
