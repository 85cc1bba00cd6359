package studio.coanchor.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import studio.coanchor.audio.PeerVolume;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.linkmic.CoanchorMedia;
import studio.coanchor.linkmic.PublisherRole;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.PlayState;
import studio.coanchor.play.Player;

/**
 * The media side of a co-anchor session: retunes the anchor's own push (picture and voice processing) for its role
 * and keeps one low-latency (ACC) player per linked anchor, whose sound goes into the shared playout mixer. Where a
 * peer's pictures, events, figures and state go is asked of the {@link Wiring} when the peer first plays and given
 * back when it stops. Muting a peer silences it in the mixer; its player plays on.
 */
final class PeerPlayers implements CoanchorMedia, AutoCloseable {
    private final AnchorPush push;
    private final PlayoutMixer mixer;
    private final Wiring wiring;
    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private PublisherRole role = PublisherRole.SOLO;

    PeerPlayers(AnchorPush push, PlayoutMixer mixer, Wiring wiring) {
        this.push = push;
        this.mixer = mixer;
        this.wiring = wiring;
    }

    /** Where one peer's player reports, for as long as the peer plays. */
    interface Wiring {
        Outputs open(String peerId);

        /** The peer's player has stopped and will not use its outputs again. */
        void close(String peerId);
    }

    /** A peer's pictures, its events, its figures and where its playback stands. */
    record Outputs(FrameSink frames, MediaEventListener events, Consumer<PlayStatus> status,
                   Consumer<PlayState> state) {
    }

    private record Peer(Outputs outputs, Player player) {
    }

    @Override
    public synchronized void publishAs(PublisherRole next) {
        role = next;
        push.currentPusher().ifPresent(pusher -> pusher.changeVideo(pictureFor(role)));
        push.linkMic(role != PublisherRole.SOLO);
    }

    /** A new broadcast starts with the anchor's own picture: gives it the role's, when that is another. */
    synchronized void broadcastBegan() {
        if (role == PublisherRole.SOLO) {
            return;
        }
        VideoSettings wanted = pictureFor(role);
        push.currentPusher().filter(pusher -> !pusher.videoSettings().equals(wanted))
                .ifPresent(pusher -> pusher.changeVideo(wanted));
        push.linkMic(true);
    }

    private VideoSettings pictureFor(PublisherRole publisherRole) {
        VideoSettings own = push.requestedVideo();
        return switch (publisherRole) {
            case SOLO -> own;
            case MAIN -> QualityPreset.linkMicMain(own);
            case SUB -> QualityPreset.SUB.settings(push.orientation());
        };
    }

    @Override
    public synchronized void playPeer(String peerId, String accUrl, Runnable playing) {
        Peer replaced = peers.remove(peerId);
        Outputs outputs;
        if (replaced != null) {
            replaced.player().close();
            outputs = replaced.outputs();
        } else {
            outputs = wiring.open(peerId);
        }
        Player player = new Player(PlayOptions.of(accUrl, DelayMode.ACC), mixer.input(peerId));
        player.addEventListener(event -> {
            if (event.code() == EventCode.PLAY_EVT_PLAY_BEGIN) {
                playing.run();
            }
        });
        player.addEventListener(outputs.events());
        player.addStatusListener(outputs.status());
        player.addStateListener(outputs.state());
        peers.put(peerId, new Peer(outputs, player));
        player.start(outputs.frames());
    }

    @Override
    public synchronized void stopPeer(String peerId) {
        Peer peer = peers.remove(peerId);
        if (peer != null) {
            peer.player().close();
            wiring.close(peerId);
        }
    }

    /** Plays {@code peerId}'s sound or not, now and whenever it plays again. */
    void mute(String peerId, boolean mute) {
        PeerVolume volume = mixer.volume(peerId);
        mixer.setVolume(peerId, new PeerVolume(volume.volume(), mute));
    }

    @Override
    public synchronized void close() {
        List.copyOf(peers.keySet()).forEach(this::stopPeer);
    }
}
