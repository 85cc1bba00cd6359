package studio.coanchor.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import studio.coanchor.audio.PlayoutMixer;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.linkmic.CoanchorMedia;
import studio.coanchor.linkmic.PublisherRole;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.Player;

/**
 * The media side of a co-anchor session: retunes the anchor's push (picture and voice processing) for its role and
 * keeps one low-latency (ACC) player per linked anchor, whose sound goes into the shared playout mixer. Each new
 * player is handed to {@code wiring} before it starts, so its events and status can be followed from the first.
 */
final class PeerPlayers implements CoanchorMedia, AutoCloseable {
    private final Broadcast broadcast;
    private final PlayoutMixer mixer;
    private final BiConsumer<String, Player> wiring;
    private final Map<String, Player> players = new ConcurrentHashMap<>();

    PeerPlayers(Broadcast broadcast, PlayoutMixer mixer, BiConsumer<String, Player> wiring) {
        this.broadcast = broadcast;
        this.mixer = mixer;
        this.wiring = wiring;
    }

    @Override
    public void publishAs(PublisherRole role) {
        VideoSettings own = broadcast.requestedVideo();
        broadcast.pusher().changeVideo(switch (role) {
            case SOLO -> own;
            case MAIN -> QualityPreset.linkMicMain(own);
            case SUB -> QualityPreset.SUB.settings(broadcast.orientation());
        });
        broadcast.linkMic(role != PublisherRole.SOLO);
    }

    @Override
    public void playPeer(String peerId, String accUrl, Runnable playing) {
        Player player = new Player(PlayOptions.of(accUrl, DelayMode.ACC), mixer.input(peerId));
        player.addEventListener(event -> {
            if (event.code() == EventCode.PLAY_EVT_PLAY_BEGIN) {
                playing.run();
            }
        });
        wiring.accept(peerId, player);
        Player replaced = players.put(peerId, player);
        if (replaced != null) {
            replaced.close();
        }
        player.start(new NoFrames());
    }

    @Override
    public void stopPeer(String peerId) {
        Player player = players.remove(peerId);
        if (player != null) {
            player.close();
        }
    }

    @Override
    public void close() {
        players.keySet().forEach(this::stopPeer);
    }
}
