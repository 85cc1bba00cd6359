package studio.coanchor.media;

/** What a muxer announces for the video track: an H.264 stream of this size and rate, with its SPS/PPS. */
public record VideoTrack(String encoderName, int width, int height, int fps, int bitrateKbps, byte[] extradata) {
}
