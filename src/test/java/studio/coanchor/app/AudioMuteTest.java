package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.VideoFrame;

class AudioMuteTest {

    @Test
    void mutedSoundIsSilenceWithTheSameTimingAndUnmutingBringsItBack() {
        List<AudioFrame> heard = new ArrayList<>();
        AudioMute mute = new AudioMute(new FrameSink() {
            @Override
            public void onVideo(VideoFrame frame) {
            }

            @Override
            public void onAudio(AudioFrame frame) {
                heard.add(frame.copy());
            }
        });
        short[] tone = new short[AudioFormat.SAMPLES_PER_10_MS * AudioFormat.CHANNELS];
        Arrays.fill(tone, (short) 1200);

        mute.onAudio(new AudioFrame(tone, AudioFormat.SAMPLES_PER_10_MS, 1_000));
        mute.setMuted(true);
        mute.onAudio(new AudioFrame(tone, AudioFormat.SAMPLES_PER_10_MS, 11_000));
        mute.setMuted(false);
        mute.onAudio(new AudioFrame(tone, AudioFormat.SAMPLES_PER_10_MS, 21_000));

        assertEquals(3, heard.size());
        assertArrayEquals(tone, heard.get(0).samples());
        assertArrayEquals(new short[tone.length], heard.get(1).samples());
        assertEquals(11_000, heard.get(1).ptsMicros());
        assertEquals(AudioFormat.SAMPLES_PER_10_MS, heard.get(1).sampleCount());
        assertArrayEquals(tone, heard.get(2).samples());
        assertEquals(1200, tone[0], "the source's own samples are left alone");
    }
}
