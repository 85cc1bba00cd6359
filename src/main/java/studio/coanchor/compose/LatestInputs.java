package studio.coanchor.compose;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.PictureSize;

/**
 * What each input of a composition last delivered, by stream ID: its latest picture, kept until a newer one comes
 * (so an input that drops out leaves its last picture in place), and its sound waiting to be mixed. Players and
 * other sources write through {@link #sink}; one composing thread reads.
 */
public final class LatestInputs {
    private final Map<String, Input> inputs = new ConcurrentHashMap<>();

    /** Where the source of {@code streamId} delivers; frames are copied, so they may be reused after each call. */
    public FrameSink sink(String streamId) {
        return input(streamId);
    }

    /** Forgets {@code streamId}'s picture and sound; a later {@link #sink} for it starts from nothing. */
    public void remove(String streamId) {
        inputs.remove(streamId);
    }

    /**
     * The size of {@code streamId}'s latest picture, empty before its first.
     *
     * @throws studio.coanchor.mix.LayoutException when the picture is larger than any mix takes
     */
    public Optional<PictureSize> pictureSize(String streamId) {
        Input input = inputs.get(streamId);
        PictureSlot.Dimensions size = input == null ? null : input.picture.size();
        return size == null ? Optional.empty() : Optional.of(new PictureSize(size.width(), size.height()));
    }

    /** The latest picture of {@code streamId}, or null; valid until the reader's next call for that stream. */
    VideoFrame picture(String streamId) {
        Input input = inputs.get(streamId);
        return input == null ? null : input.picture.read();
    }

    /** Adds up to {@code sampleCount} waiting samples of {@code streamId} to {@code sum}; see {@link SoundQueue}. */
    int takeSound(String streamId, int[] sum, int sampleCount) {
        Input input = inputs.get(streamId);
        return input == null ? 0 : input.sound.takeInto(sum, sampleCount);
    }

    private Input input(String streamId) {
        return inputs.computeIfAbsent(streamId, id -> new Input());
    }

    private static final class Input implements FrameSink {
        private final PictureSlot picture = new PictureSlot();
        private final SoundQueue sound = new SoundQueue();

        @Override
        public void onVideo(VideoFrame frame) {
            picture.write(frame);
        }

        @Override
        public void onAudio(AudioFrame frame) {
            sound.write(frame);
        }
    }
}
