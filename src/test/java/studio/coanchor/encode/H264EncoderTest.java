package studio.coanchor.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoEncoding;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.media.VideoSettings;

class H264EncoderTest {
    private static final long ORIGIN_MICROS = 5_000_000L;

    private final List<MediaEvent> events = new ArrayList<>();
    private final FfmpegEncoderFactory x264 = new FfmpegEncoderFactory(EncoderChoice.X264, "veryfast");

    private long encodingNanos;

    /** Encodes frames {@code from} to {@code from + count - 1}, stamped 1/fps apart from the origin. */
    private List<EncodedPacket> encode(VideoEncoding encoder, MovingPattern pattern, int fps, int from, int count) {
        List<EncodedPacket> packets = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            VideoFrame frame = pattern.frame(i, ORIGIN_MICROS + i * 1_000_000L / fps);
            long started = System.nanoTime();
            encoder.encode(frame, packets::add);
            encodingNanos += System.nanoTime() - started;
        }
        return packets;
    }

    private static double kbps(List<EncodedPacket> packets, double seconds) {
        return packets.stream().mapToLong(EncodedPacket::size).sum() * 8 / seconds / 1000;
    }

    @Test
    void tenSecondsAtHdDecodeWithFixedGopNoBFramesAndThePresetBitrate() throws Exception {
        VideoSettings hd = QualityPreset.HD.settings(Orientation.LANDSCAPE);
        MovingPattern pattern = new MovingPattern(hd.width(), hd.height(), PixelFormat.YUV420P, true);
        List<EncodedPacket> packets;
        try (VideoEncoding encoder = x264.openVideo(hd, ORIGIN_MICROS, events::add)) {
            packets = encode(encoder, pattern, hd.fps(), 0, 10 * hd.fps());
            assertEquals("libx264", encoder.track().encoderName());
            assertArrayEquals(encoder.track().extradata(), packets.get(0).extradata());
        }
        System.out.printf("HD x264 veryfast: %.2f ms a frame%n", encodingNanos / 1e6 / packets.size());

        assertEquals(10 * hd.fps(), packets.size());
        assertNotNull(packets.get(0).extradata());
        assertTrue(packets.get(0).extradata().length > 8);
        assertTrue(packets.stream().skip(1).allMatch(p -> p.extradata() == null));
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < packets.size(); i++) {
            EncodedPacket packet = packets.get(i);
            assertTrue(packet.isVideo());
            assertEquals(packet.ptsMillis(), packet.dtsMillis(), "no B-frames: pts == dts");
            assertTrue(packet.ptsMillis() > previous, "pts strictly increasing");
            assertEquals(i * 1000L / hd.fps(), packet.ptsMillis());
            assertEquals(i % hd.gopFrames() == 0, packet.keyFrame(), "key frame only every GOP, packet " + i);
            previous = packet.ptsMillis();
        }

        try (PacketDecoder decoder = new PacketDecoder("h264", packets.get(0).extradata())) {
            packets.forEach(decoder::decode);
            assertEquals(packets.size(), decoder.decoded().size());
            assertTrue(decoder.decoded().stream().allMatch(d -> d.width() == 960 && d.height() == 540));
        }

        double measured = kbps(packets, 10.0);
        System.out.printf("HD x264 bitrate: %.0f kbps for %d kbps asked%n", measured, hd.bitrateKbps());
        assertEquals(hd.bitrateKbps(), measured, hd.bitrateKbps() * 0.15);
        assertTrue(events.stream().anyMatch(e -> e.code().code() == 1008 && e.message().startsWith("libx264")));
    }

    @Test
    void changeBitrateLowersTheBitrateOfTheFollowingSeconds() throws Exception {
        VideoSettings sd = QualityPreset.SD.settings(Orientation.LANDSCAPE);
        MovingPattern pattern = new MovingPattern(sd.width(), sd.height(), PixelFormat.YUV420P, true);
        int fps = sd.fps();
        try (VideoEncoding encoder = x264.openVideo(sd, ORIGIN_MICROS, events::add)) {
            List<EncodedPacket> before = encode(encoder, pattern, fps, 0, 4 * fps + 5);
            encoder.changeBitrate(sd.bitrateKbps() / 2);
            List<EncodedPacket> transition = encode(encoder, pattern, fps, 4 * fps + 5, fps - 5);
            List<EncodedPacket> after = encode(encoder, pattern, fps, 5 * fps, 4 * fps);
            assertFalse(transition.get(0).keyFrame(), "no new key frame for a bitrate change");
            before = before.subList(0, 4 * fps);
            assertEquals(sd.bitrateKbps() / 2, encoder.track().bitrateKbps());
            double beforeKbps = kbps(before, 4.0);
            double afterKbps = kbps(after, 4.0);
            System.out.printf("SD bitrate change: %.0f kbps before, %.0f kbps after asking for %d%n", beforeKbps,
                    afterKbps, sd.bitrateKbps() / 2);
            assertTrue(afterKbps < beforeKbps * 0.7, "after " + afterKbps + " before " + beforeKbps);
            assertEquals(sd.bitrateKbps() / 2, afterKbps, sd.bitrateKbps() / 2 * 0.2);
        }
    }

    @Test
    void requestKeyFrameMakesTheNextPacketAKeyFrame() throws Exception {
        VideoSettings sub = QualityPreset.SUB.settings(Orientation.LANDSCAPE);
        MovingPattern pattern = new MovingPattern(sub.width(), sub.height(), PixelFormat.YUV420P, false);
        try (VideoEncoding encoder = x264.openVideo(sub, ORIGIN_MICROS, events::add)) {
            List<EncodedPacket> first = encode(encoder, pattern, sub.fps(), 0, 5);
            assertTrue(first.get(0).keyFrame());
            assertTrue(first.stream().skip(1).noneMatch(EncodedPacket::keyFrame));
            encoder.requestKeyFrame();
            List<EncodedPacket> next = encode(encoder, pattern, sub.fps(), 5, 3);
            assertTrue(next.get(0).keyFrame(), "requested key frame");
            assertFalse(next.get(1).keyFrame());
            assertFalse(next.get(2).keyFrame());
        }
    }

    @Test
    void bgrInputAtAnotherSizeIsConvertedAndScaled() throws Exception {
        VideoSettings hd = QualityPreset.HD.settings(Orientation.LANDSCAPE);
        MovingPattern bgr = new MovingPattern(1280, 720, PixelFormat.BGR24, false);
        MovingPattern bgra = new MovingPattern(640, 480, PixelFormat.BGRA, true);
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoding encoder = x264.openVideo(hd, ORIGIN_MICROS, events::add)) {
            packets.addAll(encode(encoder, bgr, hd.fps(), 0, 4));
            packets.addAll(encode(encoder, bgra, hd.fps(), 4, 4));
        }
        assertEquals(8, packets.size());
        try (PacketDecoder decoder = new PacketDecoder("h264", packets.get(0).extradata())) {
            packets.forEach(decoder::decode);
            assertEquals(8, decoder.decoded().size());
            assertTrue(decoder.decoded().stream().allMatch(d -> d.width() == 960 && d.height() == 540));
        }
    }

    @Test
    void framesOnTheSameSlotAreSkippedSoAThirtyFpsSourceFeedsFifteen() throws Exception {
        VideoSettings sd = QualityPreset.SD.settings(Orientation.PORTRAIT);
        MovingPattern pattern = new MovingPattern(sd.width(), sd.height(), PixelFormat.YUV420P, true);
        try (VideoEncoding encoder = x264.openVideo(sd, ORIGIN_MICROS, events::add)) {
            List<EncodedPacket> packets = encode(encoder, pattern, 30, 0, 60);
            assertEquals(30, packets.size());
            for (int i = 1; i < packets.size(); i++) {
                assertTrue(packets.get(i).ptsMillis() > packets.get(i - 1).ptsMillis());
            }
        }
    }

    @Test
    void closeTwiceIsSafeAndEncodeAfterCloseDoesNothing() throws Exception {
        VideoSettings sub = QualityPreset.SUB.settings(Orientation.LANDSCAPE);
        MovingPattern pattern = new MovingPattern(sub.width(), sub.height(), PixelFormat.YUV420P, true);
        VideoEncoding encoder = x264.openVideo(sub, ORIGIN_MICROS, events::add);
        encode(encoder, pattern, sub.fps(), 0, 2);
        encoder.close();
        encoder.close();
        assertTrue(encode(encoder, pattern, sub.fps(), 2, 2).isEmpty());
        assertNotNull(encoder.track().extradata());
        assertTrue(events.stream().noneMatch(e -> e.code().code() == 1104));
    }

    @Test
    void anEncoderAtANewSizeAnnouncesItsOwnExtradata() throws Exception {
        VideoSettings sd = QualityPreset.SD.settings(Orientation.LANDSCAPE);
        VideoSettings uhd = QualityPreset.UHD.settings(Orientation.LANDSCAPE);
        byte[] small;
        try (VideoEncoding encoder = x264.openVideo(sd, ORIGIN_MICROS, events::add)) {
            small = encode(encoder, new MovingPattern(640, 360, PixelFormat.YUV420P, true), 15, 0, 1)
                    .get(0).extradata();
        }
        try (VideoEncoding encoder = x264.openVideo(uhd, ORIGIN_MICROS, events::add)) {
            MovingPattern pattern = new MovingPattern(1280, 720, PixelFormat.YUV420P, true);
            encodingNanos = 0;
            List<EncodedPacket> packets = encode(encoder, pattern, uhd.fps(), 30, 30);
            System.out.printf("720p x264 veryfast: %.2f ms a frame%n", encodingNanos / 1e6 / 30);
            EncodedPacket first = packets.get(0);
            assertTrue(first.keyFrame());
            assertEquals(2000, first.ptsMillis(), "times stay on the broadcast's origin");
            assertNotNull(first.extradata());
            assertFalse(Arrays.equals(small, first.extradata()));
            assertNull(packets.get(1).extradata());
        }
    }

    @Test
    void aFrameThatCannotBeEncodedIsReportedOnceAndTheEncoderCarriesOn() throws Exception {
        VideoSettings sub = QualityPreset.SUB.settings(Orientation.LANDSCAPE);
        MovingPattern pattern = new MovingPattern(sub.width(), sub.height(), PixelFormat.YUV420P, true);
        VideoFrame truncated = new VideoFrame(sub.width(), sub.height(), PixelFormat.YUV420P,
                new ByteBuffer[] {ByteBuffer.allocateDirect(16), ByteBuffer.allocateDirect(16),
                    ByteBuffer.allocateDirect(16)}, new int[] {sub.width(), sub.width() / 2, sub.width() / 2},
                ORIGIN_MICROS, 0);
        try (VideoEncoding encoder = x264.openVideo(sub, ORIGIN_MICROS, events::add)) {
            List<EncodedPacket> packets = new ArrayList<>();
            encoder.encode(truncated, packets::add);
            encoder.encode(truncated.withTimes(ORIGIN_MICROS + 70_000, 0), packets::add);
            assertTrue(packets.isEmpty());
            packets.addAll(encode(encoder, pattern, sub.fps(), 2, 3));
            assertEquals(3, packets.size());
            assertTrue(packets.get(0).keyFrame());
        }
        List<MediaEvent> failures = events.stream()
                .filter(e -> e.code() == EventCode.PUSH_WARNING_VIDEO_ENCODE_FAIL).toList();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).message().contains("plane 0 holds 16 bytes"), failures.get(0).message());
    }
}
