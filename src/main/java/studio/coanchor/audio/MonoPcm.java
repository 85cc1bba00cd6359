package studio.coanchor.audio;

import studio.coanchor.media.AudioFormat;

/**
 * One 10 ms block of mono 16-bit little-endian PCM, the form WebRTC's audio processing takes, and its conversion
 * from and to the studio's interleaved stereo. Voice is processed in mono: both channels of a microphone carry the
 * same voice, and mono halves the cost.
 */
final class MonoPcm {
    static final int SAMPLES = AudioFormat.SAMPLES_PER_10_MS;

    final byte[] bytes = new byte[SAMPLES * 2];

    /** Averages the channels of {@code SAMPLES} stereo samples of {@code stereo}, starting at sample {@code from}. */
    void downmix(short[] stereo, int from) {
        for (int i = 0; i < SAMPLES; i++) {
            int at = (from + i) * AudioFormat.CHANNELS;
            put(i, (stereo[at] + stereo[at + 1]) >> 1);
        }
    }

    /** Writes this block to both channels of {@code stereo}, from sample {@code from} on. */
    void upmix(short[] stereo, int from) {
        for (int i = 0; i < SAMPLES; i++) {
            short value = get(i);
            int at = (from + i) * AudioFormat.CHANNELS;
            stereo[at] = value;
            stereo[at + 1] = value;
        }
    }

    short get(int index) {
        return (short) ((bytes[2 * index] & 0xFF) | (bytes[2 * index + 1] << 8));
    }

    void put(int index, int value) {
        bytes[2 * index] = (byte) value;
        bytes[2 * index + 1] = (byte) (value >> 8);
    }
}
