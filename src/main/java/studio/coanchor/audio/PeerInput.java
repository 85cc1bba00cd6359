package studio.coanchor.audio;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioOutput;
import studio.coanchor.media.SilentOutput;

/**
 * One player's input to the {@link PlayoutMixer}: a buffer of two mixer frames that the player writes into, blocking
 * while it is full as a speaker would, and the mixer drains 10 ms at a time. It is kept that small because it adds
 * to the speaker's own buffer in front of every peer, and a co-anchor's delay control counts both. Once the mixer
 * stops, the input plays on silently at the same pace until its player closes it.
 */
final class PeerInput implements AudioOutput {
    static final int CAPACITY_SAMPLES = 2 * AudioFormat.SAMPLES_PER_10_MS;

    private final String peer;
    private final LongSupplier speakerQueuedMicros;
    private final Consumer<PeerInput> onClose;
    private final short[] ring = new short[CAPACITY_SAMPLES * AudioFormat.CHANNELS];
    private final SilentOutput afterMixerStop = new SilentOutput();
    private volatile boolean detached;
    private int readAt;
    private int filled;
    private boolean closed;

    PeerInput(String peer, LongSupplier speakerQueuedMicros, Consumer<PeerInput> onClose) {
        this.peer = peer;
        this.speakerQueuedMicros = speakerQueuedMicros;
        this.onClose = onClose;
    }

    String peer() {
        return peer;
    }

    @Override
    public void write(short[] samples, int sampleCount) throws InterruptedException {
        if (detached) {
            afterMixerStop.write(samples, sampleCount);
        } else {
            buffer(samples, sampleCount);
        }
    }

    private synchronized void buffer(short[] samples, int sampleCount) throws InterruptedException {
        int written = 0;
        while (written < sampleCount && !closed && !detached) {
            int room = CAPACITY_SAMPLES - filled;
            if (room == 0) {
                wait();
                continue;
            }
            int count = Math.min(room, sampleCount - written);
            int writeAt = (readAt + filled) % CAPACITY_SAMPLES;
            for (int i = 0; i < count; i++) {
                int to = ((writeAt + i) % CAPACITY_SAMPLES) * AudioFormat.CHANNELS;
                int from = (written + i) * AudioFormat.CHANNELS;
                ring[to] = samples[from];
                ring[to + 1] = samples[from + 1];
            }
            filled += count;
            written += count;
        }
    }

    /**
     * Adds up to {@code sampleCount} buffered samples, times {@code gain}, into {@code sum}; a player that has not
     * written enough leaves the rest silent. Buffered sound is used up even at gain zero, so a muted peer stays in
     * time.
     */
    synchronized void mixInto(int[] sum, int sampleCount, double gain) {
        int count = Math.min(sampleCount, filled);
        for (int i = 0; i < count; i++) {
            int from = ((readAt + i) % CAPACITY_SAMPLES) * AudioFormat.CHANNELS;
            sum[2 * i] += (int) Math.round(ring[from] * gain);
            sum[2 * i + 1] += (int) Math.round(ring[from + 1] * gain);
        }
        readAt = (readAt + count) % CAPACITY_SAMPLES;
        filled -= count;
        notifyAll();
    }

    /** The mixer has stopped: lets a blocked write return and paces later ones itself. */
    synchronized void detach() {
        detached = true;
        notifyAll();
    }

    @Override
    public long queuedMicros() {
        if (detached) {
            return afterMixerStop.queuedMicros();
        }
        long buffered;
        synchronized (this) {
            buffered = filled * 1_000_000L / AudioFormat.SAMPLE_RATE;
        }
        return buffered + speakerQueuedMicros.getAsLong();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            notifyAll();
        }
        afterMixerStop.close();
        onClose.accept(this);
    }
}
