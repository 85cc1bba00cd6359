package studio.coanchor.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PlayStatus;
import studio.coanchor.media.SilentOutput;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.play.DelayMode;
import studio.coanchor.play.PlayOptions;
import studio.coanchor.play.PlayState;
import studio.coanchor.play.Player;
import studio.coanchor.testkit.RtmpStreamServer;
import studio.coanchor.testkit.TcpRelay;

/** Two real players, each pulling a live stream with a tone from FFmpeg's RTMP server, play through one mixer. */
@Timeout(60)
class PeerPlayoutTest {

    /** The loudness of the last 200 ms the mixer played. */
    private static final class Loudness implements FarEndListener {
        private final List<Double> frames = new CopyOnWriteArrayList<>();

        @Override
        public void played(AudioFrame frame, long heardInMicros) {
            double sum = 0;
            for (int i = 0; i < frame.sampleCount() * AudioFormat.CHANNELS; i++) {
                sum += (double) frame.samples()[i] * frame.samples()[i];
            }
            frames.add(Math.sqrt(sum / (frame.sampleCount() * AudioFormat.CHANNELS)));
        }

        double recentRms() {
            int size = frames.size();
            return size < 20 ? 0 : frames.subList(size - 20, size).stream().mapToDouble(Double::doubleValue).max()
                    .orElse(0);
        }
    }

    private static final FrameSink NOTHING = new FrameSink() {
        @Override
        public void onVideo(VideoFrame frame) {
        }

        @Override
        public void onAudio(AudioFrame frame) {
        }
    };

    private static boolean waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void bothPeersAreHeardThroughTheMixerAndEachCanBeMuted() throws Exception {
        Loudness mix = new Loudness();
        List<MediaEvent> events = new CopyOnWriteArrayList<>();
        List<PlayStatus> statuses = new CopyOnWriteArrayList<>();
        try (RtmpStreamServer aliceServer = new RtmpStreamServer(160, 120, 15, true);
             RtmpStreamServer bobServer = new RtmpStreamServer(160, 120, 15, true);
             TcpRelay aliceRelay = new TcpRelay(aliceServer.port());
             TcpRelay bobRelay = new TcpRelay(bobServer.port());
             PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new)) {
            mixer.addFarEndListener(mix);
            mixer.start();
            try (Player alice = new Player(PlayOptions.of(aliceRelay.relayed(aliceServer.url()), DelayMode.ACC),
                    mixer.input("alice"));
                 Player bob = new Player(PlayOptions.of(bobRelay.relayed(bobServer.url()), DelayMode.ACC),
                         mixer.input("bob"))) {
                alice.addEventListener(events::add);
                alice.addStatusListener(statuses::add);
                bob.addEventListener(events::add);
                alice.start(NOTHING);
                bob.start(NOTHING);
                assertTrue(waitFor(() -> events.stream().filter(e -> e.code() == EventCode.PLAY_EVT_PLAY_BEGIN)
                        .count() == 2, Duration.ofSeconds(20)), "both play: " + events);
                assertTrue(events.stream().noneMatch(e -> e.code() == EventCode.WARNING_SPEAKER_DEVICE_EMPTY),
                        "the mixer is their speaker: " + events);
                assertTrue(waitFor(() -> mix.recentRms() > 1_000, Duration.ofSeconds(5)),
                        "the tones are in the mix: " + mix.recentRms());

                mixer.setVolume("alice", new PeerVolume(1.0, true));
                assertTrue(waitFor(() -> mix.recentRms() > 1_000, Duration.ofSeconds(2)), "bob alone is heard");
                mixer.setVolume("bob", new PeerVolume(1.0, true));
                assertTrue(waitFor(() -> mix.recentRms() == 0, Duration.ofSeconds(2)),
                        "both muted: silence, " + mix.recentRms());
                mixer.setVolume("alice", PeerVolume.AS_RECEIVED);
                assertTrue(waitFor(() -> mix.recentRms() > 1_000, Duration.ofSeconds(2)), "alice back alone");
                assertTrue(alice.state() == PlayState.PLAYING && bob.state() == PlayState.PLAYING,
                        "muting a peer does not stall its player: " + alice.state() + " " + bob.state());
                int statusesBefore = statuses.size();
                int eventsBefore = events.size();
                Thread.sleep(3_000);
                assertTrue(events.subList(eventsBefore, events.size()).stream()
                        .noneMatch(e -> e.code() == EventCode.PLAY_EVT_PLAY_LOADING), "no stalls: " + events);
                List<PlayStatus> settled = statuses.subList(statusesBefore, statuses.size());
                assertTrue(settled.stream().mapToInt(PlayStatus::bufferMs).min().orElse(999) <= 80,
                        "the mixer leaves an ACC player inside its 80 ms: " + settled);
            }
        }
    }
}
