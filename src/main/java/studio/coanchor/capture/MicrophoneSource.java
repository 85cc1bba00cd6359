package studio.coanchor.capture;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.CaptureSource;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.MediaException;

/**
 * A microphone through Java Sound: 48 kHz 16-bit, stereo or mono copied to both channels, read 10 ms at a time and
 * stamped with when it was captured.
 */
public final class MicrophoneSource implements CaptureSource {
    private static final Logger LOG = LoggerFactory.getLogger(MicrophoneSource.class);
    private static final long JOIN_MILLIS = 2_000;

    private final String id;
    private TargetDataLine line;
    private Thread thread;
    private volatile boolean running;

    /** {@code id}: a mixer index from {@code coanchor devices}, or part of its name; null for the default. */
    public MicrophoneSource(String id) {
        this.id = id;
    }

    @Override
    public String description() {
        return "microphone " + (id != null ? id : "(default)");
    }

    @Override
    public boolean hasVideo() {
        return false;
    }

    @Override
    public boolean hasAudio() {
        return true;
    }

    @Override
    public synchronized void start(FrameSink sink, MediaEventListener events) throws MediaException {
        if (thread != null) {
            throw new IllegalStateException(description() + " is already started");
        }
        try {
            line = MicrophoneMixers.withinLimit("opening the " + description(), this::openLine);
        } catch (TimeoutException e) {
            throw failure(e.getMessage(), e);
        } catch (MediaException e) {
            throw e;
        } catch (Exception e) {
            throw failure(e.getMessage(), e);
        }
        running = true;
        TargetDataLine opened = line;
        thread = new Thread(() -> readLoop(opened, sink), "capture-mic");
        thread.setDaemon(true);
        thread.start();
    }

    private TargetDataLine openLine() throws Exception {
        Mixer.Info mixer = id == null ? null : chooseMixer();
        LineUnavailableException last = null;
        for (int channels : new int[] {AudioFormat.CHANNELS, 1}) {
            javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(
                    AudioFormat.SAMPLE_RATE, 16, channels, true, false);
            DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
            try {
                TargetDataLine candidate = mixer == null ? (TargetDataLine) AudioSystem.getLine(info)
                        : (TargetDataLine) AudioSystem.getMixer(mixer).getLine(info);
                candidate.open(format, chunkBytes(channels) * 4);
                candidate.start();
                return candidate;
            } catch (LineUnavailableException e) {
                last = e;
            } catch (IllegalArgumentException e) {
                last = new LineUnavailableException(e.getMessage());
            }
        }
        throw last;
    }

    private Mixer.Info chooseMixer() throws Exception {
        List<Mixer.Info> mixers = MicrophoneMixers.all();
        if (id.matches("\\d+")) {
            int index = Integer.parseInt(id);
            if (index < mixers.size()) {
                return mixers.get(index);
            }
        }
        for (Mixer.Info info : mixers) {
            if (info.getName().toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT))) {
                return info;
            }
        }
        throw failure("there is no microphone '" + id + "'", null);
    }

    private MediaException failure(String reason, Exception cause) {
        String why = reason == null ? "the sound system gave no reason" : reason.replaceAll("\\.+$", "");
        return new MediaException(EventCode.PUSH_ERR_OPEN_MIC_FAIL, "Could not open the " + description() + ": "
                + why + ". Connect a microphone or pick another one (coanchor devices lists them),"
                + " or use --audio tone or --audio none", cause);
    }

    private static int chunkBytes(int channels) {
        return AudioFormat.SAMPLES_PER_10_MS * channels * 2;
    }

    private void readLoop(TargetDataLine source, FrameSink sink) {
        int channels = source.getFormat().getChannels();
        byte[] bytes = new byte[chunkBytes(channels)];
        short[] samples = new short[AudioFormat.SAMPLES_PER_10_MS * AudioFormat.CHANNELS];
        while (running) {
            int read = source.read(bytes, 0, bytes.length);
            if (read < bytes.length) {
                if (running) {
                    LOG.warn("{} delivered {} of {} bytes; it is no longer usable", description(), read, bytes.length);
                }
                return;
            }
            for (int i = 0; i < AudioFormat.SAMPLES_PER_10_MS; i++) {
                for (int c = 0; c < AudioFormat.CHANNELS; c++) {
                    int at = (i * channels + Math.min(c, channels - 1)) * 2;
                    samples[i * AudioFormat.CHANNELS + c] = (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8));
                }
            }
            sink.onAudio(new AudioFrame(samples, AudioFormat.SAMPLES_PER_10_MS, capturedAt(source, bytes.length)));
        }
    }

    /**
     * When the first sample of the chunk just read was captured: it waited in the line behind what is still
     * buffered there. Measured at every read, so the stamp tells how old the sound is (the echo canceller's capture
     * delay) and never drifts from the media clock as a sample count would.
     */
    private static long capturedAt(TargetDataLine source, int chunkBytes) {
        long waitingBytes = (long) source.available() + chunkBytes;
        long bytesPerSecond = (long) AudioFormat.SAMPLE_RATE * source.getFormat().getFrameSize();
        return MediaClock.nowMicros() - waitingBytes * 1_000_000L / bytesPerSecond;
    }

    @Override
    public void stop() {
        Thread stopping;
        TargetDataLine closing;
        synchronized (this) {
            stopping = thread;
            closing = line;
            thread = null;
            line = null;
            running = false;
        }
        if (stopping == null) {
            return;
        }
        closing.stop();
        closing.close();
        try {
            stopping.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
