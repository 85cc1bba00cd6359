package studio.coanchor.play;

/**
 * Where decoded sound goes: the speakers, or a silent sink that consumes it at the same pace. Writes block while the
 * device holds a full buffer, which is what paces the sound and, through it, the pictures.
 */
interface AudioOutput extends AutoCloseable {

    /** Queues {@code sampleCount} 48 kHz stereo samples (interleaved); blocks while the buffer is full. */
    void write(short[] samples, int sampleCount) throws InterruptedException;

    /** Sound written but not heard yet, in microseconds. */
    long queuedMicros();

    /** Makes a blocked write return; the output is not used after this. */
    @Override
    void close();
}
