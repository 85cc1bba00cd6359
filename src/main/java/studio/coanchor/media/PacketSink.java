package studio.coanchor.media;

@FunctionalInterface
public interface PacketSink {
    void accept(EncodedPacket packet);
}
