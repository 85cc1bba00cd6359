package studio.coanchor.media;

/** What a muxer announces for the audio track: AAC at {@link AudioFormat}'s rate, with its AudioSpecificConfig. */
public record AudioTrack(int sampleRate, int channels, int bitrateKbps, int frameSamples, byte[] extradata) {
}
