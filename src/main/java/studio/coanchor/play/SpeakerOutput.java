package studio.coanchor.play;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioOutput;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaException;

/**
 * The default speaker through Java Sound, with a 40 ms line buffer. {@code SpeakerOutput::open} is the
 * {@link studio.coanchor.media.AudioOutputFactory} a player uses unless it is given another.
 */
public final class SpeakerOutput implements AudioOutput {
    private static final Duration OPEN_LIMIT = Duration.ofSeconds(2);
    private static final int BYTES_PER_SAMPLE = 2 * AudioFormat.CHANNELS;
    private static final int BUFFER_BYTES = AudioFormat.SAMPLE_RATE / 25 * BYTES_PER_SAMPLE;

    private final SourceDataLine line;
    private byte[] bytes = new byte[0];

    private SpeakerOutput(SourceDataLine line) {
        this.line = line;
    }

    /**
     * Opens the default speaker on its own thread ({@code play-audio-open}), waiting at most two seconds: some
     * sound systems hang instead of failing. Fails with 1202 and a message saying why there is no sound.
     */
    public static SpeakerOutput open() throws MediaException {
        try {
            return open(OPEN_LIMIT);
        } catch (LineUnavailableException e) {
            throw new MediaException(EventCode.WARNING_SPEAKER_DEVICE_EMPTY, "no speaker to play the sound on ("
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException(EventCode.WARNING_SPEAKER_DEVICE_EMPTY, "interrupted while opening the speaker",
                    e);
        }
    }

    private static SpeakerOutput open(Duration timeout) throws LineUnavailableException, InterruptedException {
        FutureTask<SourceDataLine> opening = new FutureTask<>(SpeakerOutput::openLine);
        Thread opener = new Thread(opening, "play-audio-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return new SpeakerOutput(opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw new LineUnavailableException("the sound system did not open a speaker within "
                    + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LineUnavailableException(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
    }

    private static SourceDataLine openLine() throws LineUnavailableException {
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(AudioFormat.SAMPLE_RATE, 16,
                AudioFormat.CHANNELS, true, false);
        SourceDataLine line = AudioSystem.getSourceDataLine(format);
        line.open(format, BUFFER_BYTES);
        line.start();
        return line;
    }

    @Override
    public void write(short[] samples, int sampleCount) {
        int length = sampleCount * BYTES_PER_SAMPLE;
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        for (int i = 0; i < sampleCount * AudioFormat.CHANNELS; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        line.write(bytes, 0, length);
    }

    @Override
    public long queuedMicros() {
        long queuedBytes = line.getBufferSize() - line.available();
        return queuedBytes / BYTES_PER_SAMPLE * 1_000_000L / AudioFormat.SAMPLE_RATE;
    }

    @Override
    public void close() {
        line.stop();
        line.flush();
        line.close();
    }
}
