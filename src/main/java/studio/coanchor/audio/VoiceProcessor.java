package studio.coanchor.audio;

import dev.onvoid.webrtc.media.audio.AudioProcessing;
import dev.onvoid.webrtc.media.audio.AudioProcessingConfig;
import dev.onvoid.webrtc.media.audio.AudioProcessingStreamConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFormat;

/**
 * WebRTC's audio processing module (through webrtc-java) on one voice, 10 ms of mono at a time: the echo canceller
 * learns from the far end (the sound played out) and removes its echo from the near end (the microphone), then
 * noise suppression and gain control clean the near end up. The far end and the near end may arrive on different
 * threads; settings may change while running.
 */
public final class VoiceProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceProcessor.class);
    private static final AudioProcessingStreamConfig MONO = new AudioProcessingStreamConfig(AudioFormat.SAMPLE_RATE, 1);

    private final AudioProcessing processing;
    private final byte[] farEndOut = new byte[MonoPcm.SAMPLES * 2];
    private final byte[] nearEndOut = new byte[MonoPcm.SAMPLES * 2];
    private VoiceSettings settings;
    private boolean failureLogged;
    private boolean closed;

    /** Loads WebRTC's natives on first use; fails with a message naming the platform when they do not load. */
    public VoiceProcessor(VoiceSettings settings) {
        try {
            processing = new AudioProcessing();
        } catch (LinkageError e) {
            throw new IllegalStateException("voice processing (WebRTC) does not load on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": " + e.getMessage()
                    + "; turn it off with --aec off --ns off --agc off", e);
        }
        apply(settings);
    }

    public synchronized VoiceSettings settings() {
        return settings;
    }

    public synchronized void apply(VoiceSettings next) {
        if (closed || next.equals(settings)) {
            return;
        }
        AudioProcessingConfig config = new AudioProcessingConfig();
        config.highPassFilter.enabled = next.any();
        config.echoCanceller.enabled = next.echoCancellation();
        config.noiseSuppression.enabled = next.noiseSuppression();
        config.noiseSuppression.level = AudioProcessingConfig.NoiseSuppression.Level.MODERATE;
        config.gainControl.enabled = next.gainControl();
        config.gainControl.adaptiveDigital.enabled = next.gainControl();
        processing.applyConfig(config);
        settings = next;
    }

    /** Shows the canceller 10 ms of what the speakers are about to play. */
    synchronized void farEnd(MonoPcm played) {
        if (!closed && settings.echoCancellation()) {
            check(processing.processReverseStream(played.bytes, MONO, MONO, farEndOut), "far-end");
        }
    }

    /**
     * Processes 10 ms of microphone sound in place. {@code delayMillis} is how long after the far end's hand-off
     * its echo reaches this call: what the speakers still had to play plus how long the microphone's sound waited.
     */
    synchronized void nearEnd(MonoPcm captured, int delayMillis) {
        if (closed || !settings.any()) {
            return;
        }
        processing.setStreamDelayMs(delayMillis);
        if (check(processing.processStream(captured.bytes, MONO, MONO, nearEndOut), "microphone")) {
            System.arraycopy(nearEndOut, 0, captured.bytes, 0, nearEndOut.length);
        }
    }

    private boolean check(int status, String what) {
        if (status != 0 && !failureLogged) {
            failureLogged = true;
            LOG.warn("Voice processing refused a {} frame (WebRTC error {}); the sound passes as it is", what, status);
        }
        return status == 0;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            processing.dispose();
        }
    }
}
