package studio.coanchor.audio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.VideoFrame;

/**
 * The microphone's way to the pusher: meters the input level, runs voice processing on it in 10 ms frames (echo
 * cancellation against what the {@link PlayoutMixer} plays, noise suppression, gain control) and mutes it; pictures
 * pass untouched. Muting sends silence rather than nothing, so the stream's sound keeps its timing. Runs on the
 * source's thread and, for the far end, on the mixer's; settings and mute may change from any thread.
 */
public final class VoiceChain implements FrameSink, FarEndListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceChain.class);
    private static final int BLOCK_VALUES = MonoPcm.SAMPLES * AudioFormat.CHANNELS;

    private final FrameSink next;
    private final LevelMeter meter = new LevelMeter();
    private final EchoDelay delay = new EchoDelay();
    private final MonoPcm near = new MonoPcm();
    private final MonoPcm far = new MonoPcm();
    private final short[] block = new short[BLOCK_VALUES];
    private final short[] silence = new short[BLOCK_VALUES];
    private int blockSamples;
    private long blockPts;
    private volatile VoiceSettings settings = VoiceSettings.OFF;
    private volatile VoiceProcessor processor;
    private volatile boolean muted;
    private boolean closed;

    public VoiceChain(FrameSink next, VoiceSettings settings) {
        this.next = next;
        apply(settings);
    }

    /** Turns parts of voice processing on or off while the sound flows. */
    public synchronized void apply(VoiceSettings wanted) {
        if (closed) {
            return;
        }
        if (wanted.any() && processor == null) {
            try {
                processor = new VoiceProcessor(wanted);
            } catch (IllegalStateException e) {
                LOG.warn("The microphone goes unprocessed: {}", e.getMessage());
                settings = VoiceSettings.OFF;
                return;
            }
        }
        if (processor != null) {
            processor.apply(wanted);
        }
        settings = wanted;
    }

    /** What is in force: {@link VoiceSettings#OFF} when voice processing could not load. */
    public VoiceSettings settings() {
        return settings;
    }

    public void mute(boolean on) {
        muted = on;
    }

    public boolean muted() {
        return muted;
    }

    /** The microphone's level as it comes in, before processing and mute: it moves while muted too. */
    public LevelMeter meter() {
        return meter;
    }

    /** The delay the echo canceller is told, in milliseconds, as measured now. */
    public int echoDelayMillis() {
        return delay.millis();
    }

    @Override
    public void onVideo(VideoFrame frame) {
        next.onVideo(frame);
    }

    @Override
    public void onAudio(AudioFrame frame) {
        meter.measure(frame.samples(), frame.sampleCount());
        if (!settings.any() && blockSamples == 0) {
            next.onAudio(muted ? new AudioFrame(silenceFor(frame.sampleCount()), frame.sampleCount(),
                    frame.ptsMicros()) : frame);
            return;
        }
        int taken = 0;
        while (taken < frame.sampleCount()) {
            if (blockSamples == 0) {
                blockPts = frame.ptsMicros() + taken * 1_000_000L / AudioFormat.SAMPLE_RATE;
            }
            int count = Math.min(MonoPcm.SAMPLES - blockSamples, frame.sampleCount() - taken);
            System.arraycopy(frame.samples(), taken * AudioFormat.CHANNELS, block,
                    blockSamples * AudioFormat.CHANNELS, count * AudioFormat.CHANNELS);
            blockSamples += count;
            taken += count;
            if (blockSamples == MonoPcm.SAMPLES) {
                sendBlock();
            }
        }
    }

    /** Processes and sends one whole 10 ms block. */
    private void sendBlock() {
        VoiceProcessor current = processor;
        if (settings.any() && current != null) {
            delay.captured(MediaClock.nowMicros() - blockPts);
            near.downmix(block, 0);
            current.nearEnd(near, delay.millis());
            near.upmix(block, 0);
        }
        blockSamples = 0;
        next.onAudio(new AudioFrame(muted ? silence : block, MonoPcm.SAMPLES, blockPts));
    }

    private short[] silenceFor(int sampleCount) {
        int values = sampleCount * AudioFormat.CHANNELS;
        return values <= silence.length ? silence : new short[values];
    }

    @Override
    public void played(AudioFrame frame, long heardInMicros) {
        delay.played(heardInMicros);
        VoiceProcessor current = processor;
        if (current == null || !settings.echoCancellation() || frame.sampleCount() != MonoPcm.SAMPLES) {
            return;
        }
        far.downmix(frame.samples(), 0);
        current.farEnd(far);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (processor != null) {
            processor.close();
        }
        settings = VoiceSettings.OFF;
    }
}
