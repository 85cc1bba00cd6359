package studio.coanchor.audio;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.AudioOutput;
import studio.coanchor.media.AudioOutputFactory;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.SilentOutput;

/**
 * Plays every linked anchor's sound as one stream ({@code audio-playout}). Each player writes into its own input,
 * opened through {@link #input}; every 10 ms the mixer takes 10 ms from each input, scales it by the peer's
 * {@link PeerVolume}, adds them up and writes the sum to the speaker, whose buffer paces the whole. Where no speaker
 * opens it reports 1202 and plays into a silent sink at the same pace. Each 10 ms also goes to the
 * {@link FarEndListener}s, the echo canceller's far end, with how long the speaker will take to play it.
 * Players still writing when the mixer stops play on silently. Start, stop, start works.
 */
public final class PlayoutMixer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlayoutMixer.class);
    private static final int FRAME = AudioFormat.SAMPLES_PER_10_MS;

    private final AudioOutputFactory speaker;
    private final EventPublisher events = new EventPublisher();
    private final List<FarEndListener> farEnd = new CopyOnWriteArrayList<>();
    private final List<PeerInput> inputs = new CopyOnWriteArrayList<>();
    private final Map<String, PeerVolume> volumes = new ConcurrentHashMap<>();
    /** Guards opening inputs against the mixer's end, so no input is left behind undrained. */
    private final Object openLock = new Object();
    private volatile AudioOutput device;
    private volatile boolean running;
    private Thread thread;

    /** {@code speaker}: where the mix is played, opened on each start. */
    public PlayoutMixer(AudioOutputFactory speaker) {
        this.speaker = speaker;
    }

    public void addEventListener(MediaEventListener listener) {
        events.add(listener);
    }

    public void addFarEndListener(FarEndListener listener) {
        farEnd.add(listener);
    }

    public void removeFarEndListener(FarEndListener listener) {
        farEnd.remove(listener);
    }

    /** Where {@code peer}'s player writes its sound: each open is a new input, mixed until the player closes it. */
    public AudioOutputFactory input(String peer) {
        return () -> open(peer);
    }

    private AudioOutput open(String peer) throws MediaException {
        synchronized (openLock) {
            if (!running) {
                throw new MediaException(EventCode.WARNING_SPEAKER_DEVICE_EMPTY, "the playout mixer is not running,"
                        + " so " + peer + "'s sound cannot be played");
            }
            PeerInput opened = new PeerInput(peer, this::speakerQueuedMicros, inputs::remove);
            inputs.add(opened);
            return opened;
        }
    }

    public PeerVolume volume(String peer) {
        return volumes.getOrDefault(peer, PeerVolume.AS_RECEIVED);
    }

    /** Sets how loud {@code peer} plays, from now on and for every later input of the same peer. */
    public void setVolume(String peer, PeerVolume volume) {
        volumes.put(peer, volume);
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the playout mixer is already running; stop it first");
        }
        running = true;
        thread = new Thread(this::run, "audio-playout");
        thread.setDaemon(true);
        thread.start();
    }

    private long speakerQueuedMicros() {
        AudioOutput open = device;
        return open == null ? 0 : open.queuedMicros();
    }

    private void run() {
        AudioOutput output = openSpeaker();
        device = output;
        int[] sum = new int[FRAME * AudioFormat.CHANNELS];
        short[] mix = new short[FRAME * AudioFormat.CHANNELS];
        try {
            while (running) {
                Arrays.fill(sum, 0);
                for (PeerInput input : inputs) {
                    input.mixInto(sum, FRAME, volume(input.peer()).gain());
                }
                for (int i = 0; i < sum.length; i++) {
                    mix[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
                }
                long heardIn = output.queuedMicros();
                AudioFrame frame = new AudioFrame(mix, FRAME, MediaClock.nowMicros() + heardIn);
                for (FarEndListener listener : farEnd) {
                    listener.played(frame, heardIn);
                }
                output.write(mix, FRAME);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The playout mixer failed; linked anchors are no longer heard", e);
        } finally {
            synchronized (openLock) {
                running = false;
                inputs.forEach(PeerInput::detach);
                inputs.clear();
            }
            device = null;
            output.close();
        }
    }

    private AudioOutput openSpeaker() {
        try {
            return speaker.open();
        } catch (MediaException e) {
            events.publish(e.code(), e.getMessage() + "; the other anchors are not heard");
            return new SilentOutput();
        }
    }

    /** Stops playing, lets every player's blocked write return (they go on silently), and joins the thread. */
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        AudioOutput open = device;
        if (open != null) {
            open.close();
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public void close() {
        stop();
    }
}
