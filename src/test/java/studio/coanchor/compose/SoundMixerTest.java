package studio.coanchor.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.InputType;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.PictureSize;

class SoundMixerTest {
    private static final PictureSize PICTURE = new PictureSize(540, 960);

    private final LatestInputs inputs = new LatestInputs();
    private final SoundMixer mixer = new SoundMixer();

    @Test
    void theVoicedInputsAreAddedEachOnceAndPureVideoIsLeftOut() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE), Box.of("b", 2, 0, 0, 10, 10),
                Box.of("a", 3, 20, 0, 10, 10), typed("c", 4, InputType.PURE_VIDEO));
        for (String stream : new String[] {"a", "b", "c"}) {
            inputs.sink(stream).onAudio(constant(stream.equals("a") ? 1000 : stream.equals("b") ? -300 : 7000, 4800));
        }

        AudioFrame mixed = mixer.mix(layout, inputs, 55);

        assertEquals(SoundMixer.CHUNK_SAMPLES, mixed.sampleCount());
        assertEquals(55, mixed.ptsMicros());
        assertEquals(700, mixed.samples()[0]);
        assertEquals(700, mixed.samples()[mixed.sampleCount() * AudioFormat.CHANNELS - 1]);
    }

    @Test
    void loudInputsAreClippedNotWrapped() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE), Box.of("b", 2, 0, 0, 10, 10));
        inputs.sink("a").onAudio(constant(30_000, 4800));
        inputs.sink("b").onAudio(constant(30_000, 4800));

        assertEquals(Short.MAX_VALUE, mixer.mix(layout, inputs, 0).samples()[0]);
    }

    @Test
    void anInputIsHeardOnceItHasFortyMillisecondsAndFillsUpAgainAfterRunningDry() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE));
        inputs.sink("a").onAudio(constant(500, SoundMixer.CHUNK_SAMPLES * 3));
        assertEquals(0, mixer.mix(layout, inputs, 0).samples()[0], "30 ms is not enough to start");

        inputs.sink("a").onAudio(constant(500, SoundMixer.CHUNK_SAMPLES * 2));
        for (int chunk = 0; chunk < 5; chunk++) {
            assertEquals(500, mixer.mix(layout, inputs, 0).samples()[0], "chunk " + chunk + " of the 50 ms");
        }
        inputs.sink("a").onAudio(constant(500, SoundMixer.CHUNK_SAMPLES / 2));
        short[] partial = mixer.mix(layout, inputs, 0).samples();
        assertEquals(500, partial[0]);
        assertEquals(0, partial[SoundMixer.CHUNK_SAMPLES * AudioFormat.CHANNELS - 1], "the rest is silence");
        inputs.sink("a").onAudio(constant(500, SoundMixer.CHUNK_SAMPLES));
        assertEquals(0, mixer.mix(layout, inputs, 0).samples()[0], "after running dry it waits to fill up again");
    }

    @Test
    void atMostTwoHundredMillisecondsWaitAndTheOldestGoesFirst() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE));
        inputs.sink("a").onAudio(constant(111, AudioFormat.SAMPLE_RATE));
        inputs.sink("a").onAudio(constant(222, AudioFormat.SAMPLE_RATE * SoundQueue.CAPACITY_MS / 1000 - 480));

        assertEquals(111, mixer.mix(layout, inputs, 0).samples()[0]);
        int heard = 1;
        while (mixer.mix(layout, inputs, 0).samples()[0] != 0) {
            heard++;
        }
        assertEquals(SoundQueue.CAPACITY_MS / 10, heard, "10 ms chunks left in the queue");
    }

    @Test
    void withoutALayoutTheMixIsSilence() {
        inputs.sink("a").onAudio(constant(500, 4800));

        short[] samples = mixer.mix(null, inputs, 0).samples();

        assertEquals(0, Arrays.stream(toInts(samples)).filter(value -> value != 0).count());
    }

    private static Box typed(String stream, int layer, InputType type) {
        return new Box(stream, layer, 0, 0, 10, 10, type, Optional.empty(), Optional.empty());
    }

    private static AudioFrame constant(int value, int sampleCount) {
        short[] samples = new short[sampleCount * AudioFormat.CHANNELS];
        Arrays.fill(samples, (short) value);
        return new AudioFrame(samples, sampleCount, 0);
    }

    private static int[] toInts(short[] samples) {
        int[] ints = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            ints[i] = samples[i];
        }
        return ints;
    }
}
