package studio.coanchor.app;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.compose.LatestInputs;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.BackendMix;
import studio.coanchor.linkmic.CoanchorSession;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameFanout;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.media.SignedUrl;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.play.PlayState;
import studio.coanchor.push.PushState;
import studio.coanchor.ui.coanchor.BackendChoice;
import studio.coanchor.ui.coanchor.CoanchorControl;
import studio.coanchor.ui.coanchor.CoanchorListener;
import studio.coanchor.ui.coanchor.SignedIn;

/**
 * Co-anchoring for the studio window: logs in to a backend (the studio's own, or another), runs one
 * {@link CoanchorSession} at a time over the studio's own push, and hands every linked anchor's pictures to the window
 * through a latest-frame slot; their sound goes into the studio's playout mixer, where a muted peer is silenced.
 */
final class StudioCoanchor implements CoanchorControl, AutoCloseable {
    /** Pictures of linked anchors are scaled to at most this width for the screen. */
    private static final int PEER_PICTURE_WIDTH = 960;

    private final AnchorPush push;
    private final BuiltInLogin builtIn;
    private final PlayoutMixer mixer;
    private final LatestInputs pictures = new LatestInputs();
    private volatile BackendAccount account;
    private volatile CoanchorSession session;
    private volatile PeerPlayers peers;

    /** Logs the local anchor in to the backend the studio runs itself. */
    @FunctionalInterface
    interface BuiltInLogin {
        BackendAccount login() throws BackendException;
    }

    /** @param mixer the running playout mixer that linked anchors' sound goes into */
    StudioCoanchor(AnchorPush push, BuiltInLogin builtIn, PlayoutMixer mixer) {
        this.push = push;
        this.builtIn = builtIn;
        this.mixer = mixer;
        push.addPushListener(this::onPushEvent);
    }

    @Override
    public synchronized SignedIn logIn(BackendChoice backend) throws BackendException {
        logOut();
        BackendAccount next = backend instanceof BackendChoice.Remote remote
                ? BackendAccount.login(remote.address(), remote.user(), remote.password())
                : builtIn.login();
        String stream = SignedUrl.shown(next.streams().push());
        account = next;
        return new SignedIn(next.userId(), next.backend().toString(), stream,
                backend instanceof BackendChoice.BuiltIn);
    }

    /** Each linked anchor's latest picture and sound by user ID, for composing the mix as viewers would see it. */
    LatestInputs pictures() {
        return pictures;
    }

    /** The backend account logged in to; null when logged out. */
    BackendAccount account() {
        return account;
    }

    /** The logged-in anchor's push URL, signed by the backend, for the studio to go live on; null when logged out. */
    String signedPushUrl() throws BackendException {
        BackendAccount current = account;
        return current == null ? null : current.streams().push();
    }

    @Override
    public synchronized void logOut() {
        leave();
        account = null;
    }

    @Override
    public synchronized void join(String roomId, CoanchorListener listener) throws BackendException {
        BackendAccount current = account;
        if (current == null) {
            throw new IllegalStateException("log in to a backend before joining a room");
        }
        leave();
        long appId = current.streams().appId();
        PeerPlayers players = new PeerPlayers(push, mixer, new PeerFeeds(listener, pictures));
        CoanchorSession joining = new CoanchorSession(current, roomId, players,
                new BackendMix(current, appId, this::pushedPicture), listener::onLinkEvent, Clock.systemUTC());
        try {
            joining.start();
        } catch (BackendException | RuntimeException e) {
            joining.close();
            players.close();
            throw e;
        }
        peers = players;
        session = joining;
        if (push.currentPusher().filter(pusher -> pusher.state() == PushState.LIVE).isPresent()) {
            joining.pushBegan();
        }
    }

    @Override
    public synchronized void leave() {
        CoanchorSession leaving = session;
        PeerPlayers players = peers;
        session = null;
        peers = null;
        if (leaving != null) {
            leaving.close();
        }
        if (players != null) {
            players.close();
        }
    }

    @Override
    public void requestLink() {
        joined().requestLink();
    }

    @Override
    public void quitLink() {
        joined().quit();
    }

    @Override
    public void accept(String requesterId) {
        joined().accept(requesterId);
    }

    @Override
    public void reject(String requesterId, String reason) {
        joined().reject(requesterId, reason);
    }

    @Override
    public void acceptPk(String otherOwnerId) {
        joined().acceptPk(otherOwnerId);
    }

    @Override
    public void rejectPk(String otherOwnerId, String reason) {
        joined().rejectPk(otherOwnerId, reason);
    }

    @Override
    public void kick(String coAnchorId, String reason) {
        joined().kick(coAnchorId, reason);
    }

    @Override
    public void startPk(String otherOwnerId) {
        joined().startPk(otherOwnerId);
    }

    @Override
    public void stopPk() {
        joined().stopPk();
    }

    @Override
    public void setMuted(String peerId, boolean muted) {
        PeerPlayers players = peers;
        if (players == null) {
            throw new IllegalStateException("join a room first");
        }
        players.mute(peerId, muted);
    }

    @Override
    public void close() {
        logOut();
    }

    private CoanchorSession joined() {
        CoanchorSession current = session;
        if (current == null) {
            throw new IllegalStateException("join a room first");
        }
        return current;
    }

    private void onPushEvent(MediaEvent event) {
        if (event.code() != EventCode.PUSH_EVT_PUSH_BEGIN) {
            return;
        }
        PeerPlayers players = peers;
        if (players != null) {
            players.broadcastBegan();
        }
        CoanchorSession current = session;
        if (current != null) {
            current.pushBegan();
        }
    }

    /** The size the owner pushes at the moment a mix is set: the mix's background. */
    private PictureSize pushedPicture() {
        VideoSettings video = push.currentPusher().map(pusher -> pusher.videoSettings())
                .orElse(push.requestedVideo());
        return new PictureSize(video.width(), video.height());
    }

    /** Gives each linked anchor a latest-frame slot that its player's pictures are scaled into. */
    private static final class PeerFeeds implements PeerPlayers.Wiring {
        private final CoanchorListener listener;
        private final LatestInputs pictures;
        private final Map<String, PreviewTap> taps = new HashMap<>();

        PeerFeeds(CoanchorListener listener, LatestInputs pictures) {
            this.listener = listener;
            this.pictures = pictures;
        }

        @Override
        public synchronized PeerPlayers.Outputs open(String peerId) {
            LatestFrameSlot<PreviewImage> video = new LatestFrameSlot<>();
            PreviewTap tap = new PreviewTap(PEER_PICTURE_WIDTH, video);
            taps.put(peerId, tap);
            listener.onPeerAdded(peerId, video);
            FrameFanout frames = new FrameFanout();
            frames.add(tap);
            frames.add(pictures.sink(peerId));
            return new PeerPlayers.Outputs(frames, event -> listener.onPeerEvent(peerId, event),
                    status -> listener.onPeerStatus(peerId, status),
                    state -> listener.onPeerPlaying(peerId, state == PlayState.PLAYING));
        }

        @Override
        public synchronized void close(String peerId) {
            PreviewTap tap = taps.remove(peerId);
            if (tap != null) {
                tap.close();
            }
            pictures.remove(peerId);
            listener.onPeerRemoved(peerId);
        }
    }
}
