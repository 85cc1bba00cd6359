package studio.coanchor.app;

/**
 * What a {@link LoopbackReceiver} decoded from one publisher.
 *
 * @param videoCodec FFmpeg's name of the video codec, empty when no video came
 * @param pictures   pictures decoded; {@code width} x {@code height} is the size of the last one
 * @param audioCodec FFmpeg's name of the audio codec, empty when no sound came
 * @param samples    sound samples decoded (per channel) at {@code sampleRate}
 * @param ending     why the reception ended, in words
 */
record ReceivedStream(String videoCodec, int pictures, int width, int height, String audioCodec, long samples,
                      int sampleRate, String ending) {

    static ReceivedStream nothing(String ending) {
        return new ReceivedStream("", 0, 0, 0, "", 0, 0, ending);
    }

    double audioSeconds() {
        return sampleRate > 0 ? (double) samples / sampleRate : 0;
    }
}
