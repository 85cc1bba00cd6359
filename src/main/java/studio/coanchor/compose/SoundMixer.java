package studio.coanchor.compose;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.InputType;
import studio.coanchor.mix.Layout;

/**
 * Mixes the sound of a layout's inputs, 10 ms at a time: the streams whose boxes carry sound (audio and video, or pure
 * audio) are added sample by sample, each stream once however many boxes show it, and clipped to 16 bits. An input
 * with no sound waiting adds silence. Use from one thread.
 */
final class SoundMixer {
    static final int CHUNK_SAMPLES = AudioFormat.SAMPLES_PER_10_MS;

    private final int[] sum = new int[CHUNK_SAMPLES * AudioFormat.CHANNELS];
    private final short[] mixed = new short[CHUNK_SAMPLES * AudioFormat.CHANNELS];

    /** The next 10 ms of the mix; the frame's samples are valid until the next call. */
    AudioFrame mix(Layout layout, LatestInputs inputs, long ptsMicros) {
        Arrays.fill(sum, 0);
        if (layout != null) {
            for (String stream : voiced(layout)) {
                inputs.takeSound(stream, sum, CHUNK_SAMPLES);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
        }
        return new AudioFrame(mixed, CHUNK_SAMPLES, ptsMicros);
    }

    private static Set<String> voiced(Layout layout) {
        Set<String> streams = new LinkedHashSet<>();
        for (Box box : layout.boxes()) {
            if (box.inputType() == InputType.AUDIO_VIDEO || box.inputType() == InputType.PURE_AUDIO) {
                streams.add(box.streamId());
            }
        }
        return streams;
    }
}
