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
        assertEquals(0, mixed.samples()[0], "sound fades in where it begins");
        assertEquals(700, last(mixed.samples()));
        assertEquals(700, mixer.mix(layout, inputs, 0).samples()[0]);
    }

    @Test
    void loudInputsAreClippedNotWrapped() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE), Box.of("b", 2, 0, 0, 10, 10));
        inputs.sink("a").onAudio(constant(30_000, 4800));
        inputs.sink("b").onAudio(constant(30_000, 4800));

        assertEquals(Short.MAX_VALUE, last(mixer.mix(layout, inputs, 0).samples()));
    }

    @Test
    void anInputIsHeardOnceItHasItsCushionWhichGrowsEachTimeItRunsDry() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE));
        int chunk = SoundMixer.CHUNK_SAMPLES;
        inputs.sink("a").onAudio(constant(500, chunk * 3));
        assertEquals(0, last(mixer.mix(layout, inputs, 0).samples()), "30 ms is not enough to start");

        inputs.sink("a").onAudio(constant(500, chunk * 2));
        for (int i = 0; i < 5; i++) {
            assertEquals(500, last(mixer.mix(layout, inputs, 0).samples()), "chunk " + i + " of the 50 ms");
        }
        inputs.sink("a").onAudio(constant(500, chunk / 2));
        short[] partial = mixer.mix(layout, inputs, 0).samples();
        assertEquals(500, partial[0]);
        assertEquals(0, partial[chunk - 2], "it fades out where it runs dry");
        assertEquals(0, last(partial), "the rest is silence");

        inputs.sink("a").onAudio(constant(500, chunk * 5));
        assertEquals(0, last(mixer.mix(layout, inputs, 0).samples()), "after running dry it waits for 60 ms");
        inputs.sink("a").onAudio(constant(500, chunk));
        assertEquals(500, last(mixer.mix(layout, inputs, 0).samples()));
    }

    @Test
    void atMostFourHundredMillisecondsWaitAndTheOldestGoesFirst() {
        Layout layout = Layout.of(PICTURE, Box.primary("a", PICTURE));
        inputs.sink("a").onAudio(constant(111, AudioFormat.SAMPLE_RATE));
        inputs.sink("a").onAudio(constant(222, AudioFormat.SAMPLE_RATE * SoundQueue.CAPACITY_MS / 1000 - 480));

        assertEquals(111, last(mixer.mix(layout, inputs, 0).samples()));
        int heard = 1;
        while (last(mixer.mix(layout, inputs, 0).samples()) != 0) {
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

    private static short last(short[] samples) {
        return samples[SoundMixer.CHUNK_SAMPLES * AudioFormat.CHANNELS - 1];
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
