package studio.coanchor.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.AudioEncoding;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.TrackKind;

class AacEncoderTest {
    private static final long ORIGIN_MICROS = 1_000_000L;
    private static final long FIRST_SAMPLE_MICROS = ORIGIN_MICROS + 250_000L;

    /** One second of a 440 Hz tone in 480-sample (10 ms) chunks, as a microphone delivers it. */
    private static List<EncodedPacket> encodeTone(AudioEncoding encoder) {
        List<EncodedPacket> packets = new ArrayList<>();
        int chunk = AudioFormat.SAMPLES_PER_10_MS;
        for (int start = 0; start < AudioFormat.SAMPLE_RATE; start += chunk) {
            short[] samples = new short[chunk * AudioFormat.CHANNELS];
            for (int i = 0; i < chunk; i++) {
                short value = (short) (8000 * Math.sin(2 * Math.PI * 440 * (start + i) / AudioFormat.SAMPLE_RATE));
                samples[2 * i] = value;
                samples[2 * i + 1] = value;
            }
            long pts = FIRST_SAMPLE_MICROS + start * 1_000_000L / AudioFormat.SAMPLE_RATE;
            encoder.encode(new AudioFrame(samples, chunk, pts), packets::add);
        }
        return packets;
    }

    @Test
    void oneSecondOfToneBecomesDecodableAacFrames() throws Exception {
        List<EncodedPacket> packets;
        byte[] announced;
        try (AudioEncoding encoder = new FfmpegEncoderFactory().openAudio(64, ORIGIN_MICROS)) {
            packets = encodeTone(encoder);
            announced = encoder.track().extradata();
            assertEquals(1024, encoder.track().frameSamples());
            assertEquals(48_000, encoder.track().sampleRate());
            assertEquals(2, encoder.track().channels());
            assertEquals(64, encoder.track().bitrateKbps());
        }
        // 46 whole AAC frames fit in 48000 samples; the encoder holds one back until it has the next.
        assertTrue(packets.size() >= 44 && packets.size() <= 47, packets.size() + " packets");
        assertTrue(announced.length >= 2, "AudioSpecificConfig");
        assertArrayEquals(announced, packets.get(0).extradata());
        assertTrue(packets.stream().skip(1).allMatch(p -> p.extradata() == null));
        assertEquals(250, packets.get(0).ptsMillis(), "first packet at the first sample's time");
        for (int i = 0; i < packets.size(); i++) {
            EncodedPacket packet = packets.get(i);
            assertEquals(TrackKind.AUDIO, packet.kind());
            assertTrue(packet.keyFrame());
            assertEquals(250 + i * 1024L * 1000 / 48_000, packet.ptsMillis());
            assertEquals(packet.ptsMillis(), packet.dtsMillis());
        }
        try (PacketDecoder decoder = new PacketDecoder("aac", announced)) {
            packets.forEach(decoder::decode);
            assertTrue(decoder.decoded().size() >= packets.size() - 1);
            assertTrue(decoder.decoded().stream().allMatch(d -> d.samples() == 1024));
        }
        double kbps = packets.stream().mapToLong(EncodedPacket::size).sum() * 8.0 / packets.size() / 1024 * 48;
        System.out.printf("AAC: %d packets, %.1f kbps for 64 asked%n", packets.size(), kbps);
    }

    @Test
    void closeTwiceIsSafe() throws Exception {
        AudioEncoding encoder = new FfmpegEncoderFactory().openAudio(64, ORIGIN_MICROS);
        encoder.close();
        encoder.close();
        List<EncodedPacket> after = new ArrayList<>();
        encoder.encode(new AudioFrame(new short[960], 480, ORIGIN_MICROS), after::add);
        assertTrue(after.isEmpty());
        assertNotNull(encoder.track().extradata());
    }
}
