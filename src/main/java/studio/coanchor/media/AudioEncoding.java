package studio.coanchor.media;

/** An open AAC encoder; buffers samples into whole AAC frames and hands each packet to {@code out}. */
public interface AudioEncoding extends AutoCloseable {

    AudioTrack track();

    void encode(AudioFrame frame, PacketSink out);

    @Override
    void close();
}
