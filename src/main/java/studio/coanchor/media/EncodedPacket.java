package studio.coanchor.media;

/**
 * One compressed H.264 access unit or AAC frame on its way to the network or a file.
 *
 * @param ptsMillis  presentation time in milliseconds since the broadcast started
 * @param dtsMillis  decoding time, equal to pts for the zero-latency encoders used here
 * @param keyFrame   an IDR picture (always true for audio)
 * @param extradata  set on the first packet of an encoder whose configuration (SPS/PPS, AudioSpecificConfig)
 *                   differs from what the track announced, so a muxer can send a new sequence header
 */
public record EncodedPacket(TrackKind kind, byte[] data, long ptsMillis, long dtsMillis, boolean keyFrame,
                            byte[] extradata) {

    public boolean isVideo() {
        return kind == TrackKind.VIDEO;
    }

    public int size() {
        return data.length;
    }
}
