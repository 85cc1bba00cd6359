package studio.coanchor.media;

/**
 * Where decoded sound goes: the speakers, a silent sink that consumes it at the same pace, or one input of a mixer.
 * Writes block while the output holds a full buffer, which is what paces the sound and, through it, the pictures.
 */
public interface AudioOutput extends AutoCloseable {

    /** Queues {@code sampleCount} {@link AudioFormat} samples (interleaved); blocks while the buffer is full. */
    void write(short[] samples, int sampleCount) throws InterruptedException;

    /** Sound written but not heard yet, in microseconds. */
    long queuedMicros();

    /** Makes a blocked write return; the output is not used after this. */
    @Override
    void close();
}
