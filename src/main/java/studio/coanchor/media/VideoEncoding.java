package studio.coanchor.media;

/**
 * An open H.264 encoder. {@code encode} converts and scales the frame to the encoder's size as needed and hands
 * every packet it produces to {@code out} before returning. Packets carry times in ms relative to {@code originMicros}
 * given at {@link EncoderFactory#openVideo}. A frame that lands on the same output frame slot as the previous one is
 * skipped. Called from one thread at a time.
 */
public interface VideoEncoding extends AutoCloseable {

    VideoTrack track();

    void encode(VideoFrame frame, PacketSink out);

    /** Changes the constant bitrate between frames, without a new encoder or a new key frame. */
    void changeBitrate(int kbps);

    /** Makes the next encoded picture an IDR (after a reconnect or a queue overflow). */
    void requestKeyFrame();

    @Override
    void close();
}
