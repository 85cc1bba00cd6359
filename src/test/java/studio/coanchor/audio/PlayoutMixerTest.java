package studio.coanchor.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.AudioOutput;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.SilentOutput;
import studio.coanchor.play.SpeakerOutput;
import studio.coanchor.testkit.RealTime;

/** The playout mixer with players' stand-ins writing steady values, so every mixed sample can be checked. */
@Timeout(60)
@RealTime
class PlayoutMixerTest {

    /** What the mixer hands the far end: a copy of each frame and when it will be heard. */
    private static final class FarEnd implements FarEndListener {
        final List<AudioFrame> frames = new CopyOnWriteArrayList<>();
        final List<Long> heardIn = new CopyOnWriteArrayList<>();

        @Override
        public void played(AudioFrame frame, long heardInMicros) {
            frames.add(frame.copy());
            heardIn.add(heardInMicros);
        }

        /** Whether the last {@code count} frames hold nothing but {@code value}. */
        boolean lastAre(int count, int value) {
            int size = frames.size();
            if (size < count) {
                return false;
            }
            for (AudioFrame frame : frames.subList(size - count, size)) {
                for (int i = 0; i < frame.sampleCount() * AudioFormat.CHANNELS; i++) {
                    if (frame.samples()[i] != value) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** A player's stand-in: writes one value, 1024 samples at a time (an AAC frame), until its output closes. */
    private static final class SteadyWriter implements AutoCloseable {
        final AtomicLong written = new AtomicLong();
        private final AudioOutput output;
        private final Thread thread;
        private volatile boolean running = true;

        SteadyWriter(AudioOutput output, int value, String name) {
            this.output = output;
            short[] samples = new short[1024 * AudioFormat.CHANNELS];
            java.util.Arrays.fill(samples, (short) value);
            thread = new Thread(() -> {
                try {
                    while (running) {
                        output.write(samples, 1024);
                        written.addAndGet(1024);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            thread.start();
        }

        boolean stopped() throws InterruptedException {
            thread.join(3_000);
            return !thread.isAlive();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            output.close();
            thread.join(3_000);
        }
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static boolean mixerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("audio-playout") && thread.isAlive());
    }

    @Test
    void twoPeersAreMixedEachWithItsOwnVolumeAndMute() throws Exception {
        FarEnd far = new FarEnd();
        try (PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new)) {
            mixer.addFarEndListener(far);
            mixer.start();
            try (SteadyWriter alice = new SteadyWriter(mixer.input("alice").open(), 1_000, "test-alice");
                 SteadyWriter bob = new SteadyWriter(mixer.input("bob").open(), 300, "test-bob")) {
                assertTrue(waitFor(() -> far.lastAre(20, 1_300)), "both peers at full volume add up");

                mixer.setVolume("alice", new PeerVolume(0.5, false));
                assertTrue(waitFor(() -> far.lastAre(20, 800)), "alice at half volume");

                mixer.setVolume("bob", new PeerVolume(1.0, true));
                assertTrue(waitFor(() -> far.lastAre(20, 500)), "bob muted, alice still at half");
                long bobBefore = bob.written.get();
                Thread.sleep(300);
                assertTrue(bob.written.get() > bobBefore, "a muted peer's player keeps playing in time");

                mixer.setVolume("bob", PeerVolume.AS_RECEIVED);
                alice.close();
                assertTrue(waitFor(() -> far.lastAre(20, 300)), "alice's player gone: bob alone");
                assertEquals(new PeerVolume(0.5, false), mixer.volume("alice"), "volumes outlive a player");
            }
        }
    }

    @Test
    void theMixClipsInsteadOfWrappingAround() throws Exception {
        FarEnd far = new FarEnd();
        try (PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new)) {
            mixer.addFarEndListener(far);
            mixer.start();
            mixer.setVolume("alice", new PeerVolume(PeerVolume.MAX, false));
            try (SteadyWriter alice = new SteadyWriter(mixer.input("alice").open(), 20_000, "test-alice");
                 SteadyWriter bob = new SteadyWriter(mixer.input("bob").open(), -20_000, "test-bob")) {
                assertTrue(waitFor(() -> far.lastAre(20, 20_000)), "2 x 20000 - 20000");
                mixer.setVolume("bob", new PeerVolume(1.0, true));
                assertTrue(waitFor(() -> far.lastAre(20, Short.MAX_VALUE)), "40000 clips to the largest sample");
            }
        }
    }

    @Test
    void theSpeakerPacesThePlayersAndTheFarEndHearsWhenItWillBePlayed() throws Exception {
        FarEnd far = new FarEnd();
        try (PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new)) {
            mixer.addFarEndListener(far);
            mixer.start();
            try (SteadyWriter alice = new SteadyWriter(mixer.input("alice").open(), 1_000, "test-alice")) {
                assertTrue(waitFor(() -> far.lastAre(5, 1_000)));
                long writtenBefore = alice.written.get();
                int framesBefore = far.frames.size();
                long from = System.nanoTime();
                Thread.sleep(2_000);
                double seconds = (System.nanoTime() - from) / 1e9;
                double sampleRate = (alice.written.get() - writtenBefore) / seconds;
                double frameRate = (far.frames.size() - framesBefore) / seconds;
                assertEquals(AudioFormat.SAMPLE_RATE, sampleRate, AudioFormat.SAMPLE_RATE * 0.15,
                        "the player is paced at the speaker's rate");
                assertEquals(100, frameRate, 15, "one far-end frame every 10 ms");
                long heardIn = far.heardIn.get(far.heardIn.size() - 1);
                assertTrue(heardIn >= 10_000 && heardIn <= 40_000, "the silent speaker holds 20-30 ms: " + heardIn);
            }
        }
    }

    @Test
    void withoutASpeakerTheMixerSays1202AndPlaysOnSilently() throws Exception {
        FarEnd far = new FarEnd();
        List<MediaEvent> events = new CopyOnWriteArrayList<>();
        try (PlayoutMixer mixer = new PlayoutMixer(SpeakerOutput::open)) {
            mixer.addEventListener(events::add);
            mixer.addFarEndListener(far);
            mixer.start();
            try (SteadyWriter alice = new SteadyWriter(mixer.input("alice").open(), 700, "test-alice")) {
                assertTrue(waitFor(() -> events.stream()
                        .anyMatch(event -> event.code() == EventCode.WARNING_SPEAKER_DEVICE_EMPTY)), "1202: " + events);
                assertTrue(events.get(0).message().contains("not heard"), events.get(0).message());
                assertTrue(waitFor(() -> far.lastAre(20, 700)), "the mix goes on, to the echo canceller too");
            }
        }
    }

    @Test
    void aPlayerCannotOpenAnInputOfAMixerThatIsNotRunning() {
        PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new);
        MediaException refused = assertThrows(MediaException.class, () -> mixer.input("alice").open());
        assertEquals(EventCode.WARNING_SPEAKER_DEVICE_EMPTY, refused.code());
        assertTrue(refused.getMessage().contains("not running") && refused.getMessage().contains("alice"),
                refused.getMessage());
    }

    @Test
    void startStopStartMixesAgainAndStopReleasesBlockedPlayers() throws Exception {
        FarEnd far = new FarEnd();
        PlayoutMixer mixer = new PlayoutMixer(SilentOutput::new);
        mixer.addFarEndListener(far);
        mixer.start();
        SteadyWriter first = new SteadyWriter(mixer.input("alice").open(), 100, "test-alice");
        assertTrue(waitFor(() -> far.lastAre(5, 100)));
        mixer.stop();
        assertFalse(mixerThreadAlive(), "the mixer's thread is joined");
        long before = first.written.get();
        Thread.sleep(500);
        long played = first.written.get() - before;
        assertTrue(played > 10_000 && played < 40_000, "a player blocked on a full input is let go and plays on"
                + " silently at the speaker's pace: " + played + " samples in 500 ms");
        first.close();
        assertTrue(first.stopped());

        mixer.start();
        try (SteadyWriter second = new SteadyWriter(mixer.input("alice").open(), 200, "test-alice-again")) {
            assertTrue(waitFor(() -> far.lastAre(5, 200)), "mixing again after a restart");
        } finally {
            mixer.stop();
        }
        assertFalse(mixerThreadAlive());
    }

    @Test
    void aVolumeOutOfRangeIsRefusedWithTheRange() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PeerVolume(2.5, false));
        assertTrue(refused.getMessage().contains("0 to 2.0") && refused.getMessage().contains("2.5"),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PeerVolume(Double.NaN, false));
    }
}
