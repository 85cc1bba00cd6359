package studio.coanchor.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.MediaClock;
import studio.coanchor.media.VideoFrame;

/** The microphone's chain: mute, level meter, 10 ms framing, the measured echo delay, and cancellation through it. */
class VoiceChainTest {
    private static final int RATE = AudioFormat.SAMPLE_RATE;

    /** Keeps a copy of every frame that reaches the pusher's side. */
    private static final class Collected implements FrameSink {
        final List<AudioFrame> frames = new ArrayList<>();

        @Override
        public void onVideo(VideoFrame frame) {
        }

        @Override
        public void onAudio(AudioFrame frame) {
            frames.add(frame.copy());
        }

        int peak(int fromFrame, int toFrame) {
            int peak = 0;
            for (AudioFrame frame : frames.subList(fromFrame, toFrame)) {
                for (int i = 0; i < frame.sampleCount() * AudioFormat.CHANNELS; i++) {
                    peak = Math.max(peak, Math.abs(frame.samples()[i]));
                }
            }
            return peak;
        }
    }

    private static AudioFrame sine(double hertz, double amplitude, int from, int count, long pts) {
        short[] samples = new short[count * AudioFormat.CHANNELS];
        for (int i = 0; i < count; i++) {
            short value = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hertz * (from + i) / RATE));
            samples[2 * i] = value;
            samples[2 * i + 1] = value;
        }
        return new AudioFrame(samples, count, pts);
    }

    @Test
    void muteSendsSilenceInTimeAndUnmuteBringsTheSoundBack() {
        for (VoiceSettings settings : List.of(VoiceSettings.OFF, VoiceSettings.ALL)) {
            Collected out = new Collected();
            try (VoiceChain chain = new VoiceChain(out, settings)) {
                for (int i = 0; i < 50; i++) {
                    chain.onAudio(sine(440, 8_000, i * 480, 480, i * 10_000L));
                }
                chain.mute(true);
                int mutedFrom = out.frames.size();
                for (int i = 50; i < 100; i++) {
                    chain.onAudio(sine(440, 8_000, i * 480, 480, i * 10_000L));
                }
                int mutedTo = out.frames.size();
                chain.mute(false);
                for (int i = 100; i < 150; i++) {
                    chain.onAudio(sine(440, 8_000, i * 480, 480, i * 10_000L));
                }

                assertTrue(chain.meter().level().rmsDbfs() > -20, "the meter moves whatever the mute");
                assertEquals(150, out.frames.size(), settings.label() + ": every 10 ms goes on, muted or not");
                assertEquals(500_000L, out.frames.get(mutedFrom).ptsMicros(), "muted sound keeps its time");
                assertEquals(0, out.peak(mutedFrom, mutedTo), settings.label() + ": silence while muted");
                assertTrue(out.peak(mutedTo + 10, out.frames.size()) > 1_000,
                        settings.label() + ": the tone again after unmuting");
            }
        }
    }

    @Test
    void theLevelMeterReadsRmsAndPeakOverEach100Ms() {
        LevelMeter meter = new LevelMeter();
        assertEquals(AudioLevel.SILENCE, meter.level(), "silent before any sound");

        meter.measure(sine(1_000, 16_384, 0, 4_800, 0).samples(), 4_800);
        assertEquals(-9.03, meter.level().rmsDbfs(), 0.1, "a half-scale sine is 9 dB below full scale (RMS)");
        assertEquals(-6.02, meter.level().peakDbfs(), 0.1, "and peaks 6 dB below it");

        meter.measure(sine(1_000, 1_638, 0, 2_400, 0).samples(), 2_400);
        assertEquals(-9.03, meter.level().rmsDbfs(), 0.1, "half a window does not change the reading");
        meter.measure(sine(1_000, 1_638, 2_400, 2_400, 0).samples(), 2_400);
        assertEquals(-29.03, meter.level().rmsDbfs(), 0.1, "a tenth of the amplitude is 20 dB lower");

        meter.measure(new short[4_800 * AudioFormat.CHANNELS], 4_800);
        assertEquals(AudioLevel.FLOOR_DBFS, meter.level().rmsDbfs());
        assertEquals(AudioLevel.FLOOR_DBFS, meter.level().peakDbfs());
    }

    @Test
    void processedSoundLeavesIn10MsFramesWithTheirOwnTimes() {
        Collected out = new Collected();
        try (VoiceChain chain = new VoiceChain(out, new VoiceSettings(false, true, false))) {
            for (int i = 0; i < 10; i++) {
                chain.onAudio(sine(440, 8_000, i * 1_024, 1_024, i * 1_024 * 1_000_000L / RATE));
            }
        }
        assertEquals(10 * 1_024 / 480, out.frames.size(), "whole 10 ms frames only");
        for (int i = 0; i < out.frames.size(); i++) {
            assertEquals(480, out.frames.get(i).sampleCount());
            assertEquals(i * 10_000.0, out.frames.get(i).ptsMicros(), 1, "frame " + i + " starts 10 ms after the last");
        }
    }

    @Test
    void theEchoDelayIsWhatTheSpeakerHoldsPlusHowOldTheMicrophonesSoundIs() {
        Collected out = new Collected();
        try (VoiceChain chain = new VoiceChain(out, new VoiceSettings(true, false, false))) {
            assertEquals(0, chain.echoDelayMillis(), "nothing measured yet");
            for (int i = 0; i < 100; i++) {
                chain.played(sine(300, 1_000, i * 480, 480, 0), 40_000);
                chain.onAudio(sine(440, 1_000, i * 480, 480, MediaClock.nowMicros() - 25_000));
            }
            assertEquals(65, chain.echoDelayMillis(), 3, "40 ms in the speaker, 25 ms in the microphone's buffer");
            for (int i = 0; i < 100; i++) {
                chain.played(sine(300, 1_000, i * 480, 480, 0), 90_000);
                chain.onAudio(sine(440, 1_000, i * 480, 480, MediaClock.nowMicros() - 25_000));
            }
            assertEquals(115, chain.echoDelayMillis(), 3, "the estimate follows a speaker that buffers more");
        }
    }

    @Test
    void theChainCancelsTheEchoOfWhatTheMixerPlayed() {
        int samples = 8 * RATE;
        double[] far = new SpeechLikeSignal(21, 90, 160).talk(samples, 3_000);
        double[] echo = new EchoPath(50, 10).echoOf(far);
        Collected out = new Collected();
        double inPower = 0;
        double outPower = 0;
        try (VoiceChain chain = new VoiceChain(out, new VoiceSettings(true, false, false))) {
            for (int frame = 0; frame < samples / 480; frame++) {
                short[] played = new short[960];
                short[] heard = new short[960];
                for (int i = 0; i < 480; i++) {
                    played[2 * i] = played[2 * i + 1] = (short) far[frame * 480 + i];
                    heard[2 * i] = heard[2 * i + 1] = (short) echo[frame * 480 + i];
                }
                chain.played(new AudioFrame(played, 480, 0), 0);
                chain.onAudio(new AudioFrame(heard, 480, MediaClock.nowMicros()));
                if (frame >= 300) {
                    AudioFrame sent = out.frames.get(out.frames.size() - 1);
                    for (int i = 0; i < 960; i++) {
                        inPower += (double) heard[i] * heard[i];
                        outPower += (double) sent.samples()[i] * sent.samples()[i];
                    }
                }
            }
        }
        double reductionDb = 10 * Math.log10(inPower / outPower);
        assertTrue(reductionDb > 15, "the echo is reduced by more than 15 dB after 3 s: " + reductionDb);
    }

    @Test
    void settingsChangeWhileTheSoundFlows() {
        Collected out = new Collected();
        try (VoiceChain chain = new VoiceChain(out, VoiceSettings.OFF)) {
            chain.onAudio(sine(440, 8_000, 0, 480, 0));
            chain.apply(VoiceSettings.ALL);
            assertEquals(VoiceSettings.ALL, chain.settings());
            chain.onAudio(sine(440, 8_000, 480, 480, 10_000));
            chain.apply(VoiceSettings.OFF);
            chain.onAudio(sine(440, 8_000, 960, 480, 20_000));
            assertEquals(3, out.frames.size());
            assertEquals("off", chain.settings().label());
        }
    }
}
