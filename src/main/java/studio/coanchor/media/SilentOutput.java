package studio.coanchor.media;

/**
 * A speaker that plays nothing: it consumes sound in real time behind a buffer as small as a sound card's, so
 * clocks, A/V sync and delay control behave as they do with real speakers.
 */
public final class SilentOutput implements AudioOutput {
    static final long BUFFER_NANOS = 30_000_000L;

    private volatile long heardAllAtNanos;
    private volatile boolean closed;

    @Override
    public void write(short[] samples, int sampleCount) throws InterruptedException {
        long now = System.nanoTime();
        long start = Math.max(now, heardAllAtNanos);
        heardAllAtNanos = start + sampleCount * 1_000_000_000L / AudioFormat.SAMPLE_RATE;
        long wait = heardAllAtNanos - BUFFER_NANOS - now;
        if (wait > 0 && !closed) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }

    @Override
    public long queuedMicros() {
        return Math.max(0, heardAllAtNanos - System.nanoTime()) / 1_000L;
    }

    @Override
    public void close() {
        closed = true;
    }
}
