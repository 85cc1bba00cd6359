package studio.coanchor.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoEncoding;
import studio.coanchor.media.VideoSettings;

/** Runs on a machine without a GPU: NVENC is in the build and fails to open. */
class FfmpegEncoderFactoryTest {
    private static final VideoSettings SD = QualityPreset.SD.settings(Orientation.LANDSCAPE);

    private final List<MediaEvent> events = new ArrayList<>();

    private List<MediaEvent> events(EventCode code) {
        return events.stream().filter(e -> e.code() == code).toList();
    }

    private static List<EncodedPacket> encodeOneSecond(VideoEncoding encoder) {
        MovingPattern pattern = new MovingPattern(SD.width(), SD.height(), PixelFormat.YUV420P, true);
        List<EncodedPacket> packets = new ArrayList<>();
        for (int i = 0; i < SD.fps(); i++) {
            encoder.encode(pattern.frame(i, i * 1_000_000L / SD.fps()), packets::add);
        }
        return packets;
    }

    @Test
    void forcedNvencFallsBackToX264QuicklyWithOneWarning() throws Exception {
        long started = System.nanoTime();
        FfmpegEncoderFactory factory = new FfmpegEncoderFactory(EncoderChoice.NVENC, "veryfast");
        try (VideoEncoding encoder = factory.openVideo(SD, 0, events::add)) {
            assertEquals("libx264", encoder.track().encoderName());
            assertEquals(SD.fps(), encodeOneSecond(encoder).size());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3000, "fallback took " + millis + " ms");
        assertEquals(1, events(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL).size());
        String warning = events(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL).get(0).message();
        assertTrue(warning.contains("h264_nvenc") && warning.endsWith("using libx264"), warning);
        assertEquals(1, events(EventCode.PUSH_EVT_START_VIDEO_ENCODER).size());
        assertTrue(events(EventCode.PUSH_EVT_START_VIDEO_ENCODER).get(0).message().startsWith("libx264 640x360"));
    }

    @Test
    void autoPicksX264AndNamesEveryHardwareEncoderThatDoesNotOpen() throws Exception {
        FfmpegEncoderFactory factory = new FfmpegEncoderFactory();
        try (VideoEncoding encoder = factory.openVideo(SD, 0, events::add)) {
            assertEquals("libx264", encoder.track().encoderName());
        }
        List<EncoderProbe> failingHardware = EncoderCatalog.probe().stream()
                .filter(p -> p.choice().isHardware() && p.present() && !p.opens()).toList();
        assertFalse(failingHardware.isEmpty(), "NVENC at least is in the build and cannot open here");
        assertEquals(1, events(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL).size());
        String warning = events(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL).get(0).message();
        for (EncoderProbe probe : failingHardware) {
            assertTrue(warning.contains(probe.choice().ffmpegName()), warning);
        }
        assertFalse(warning.contains("h264_mf") || warning.contains("h264_videotoolbox"),
                "encoders missing from the build are not tried: " + warning);
    }

    @Test
    void forcedSoftwareOpensWithoutAHardwareWarning() throws Exception {
        FfmpegEncoderFactory factory = new FfmpegEncoderFactory(EncoderChoice.OPENH264, "veryfast");
        try (VideoEncoding encoder = factory.openVideo(SD, 0, events::add)) {
            assertEquals("libopenh264", encoder.track().encoderName());
            List<EncodedPacket> packets = encodeOneSecond(encoder);
            assertFalse(packets.isEmpty());
            assertTrue(packets.get(0).keyFrame());
        }
        assertTrue(events(EventCode.PUSH_WARNING_HW_ACCELERATION_FAIL).isEmpty());
        assertEquals(List.of(EncoderChoice.OPENH264, EncoderChoice.X264), factory.candidates());
    }

    @Test
    void tooLargeASizeIsAnUnsupportedResolution() {
        VideoSettings huge = new VideoSettings(8192, 4320, 15, 1200, 600, 1200, 30);
        MediaException e = assertThrows(MediaException.class,
                () -> new FfmpegEncoderFactory().openVideo(huge, 0, events::add));
        assertEquals(EventCode.PUSH_ERR_UNSUPPORTED_RESOLUTION, e.code());
        assertTrue(e.getMessage().contains("8192x4320"), e.getMessage());
    }

    @Test
    void badAudioBitrateIsAnAudioEncodeFailure() {
        MediaException e = assertThrows(MediaException.class, () -> new FfmpegEncoderFactory().openAudio(0, 0));
        assertEquals(EventCode.PUSH_ERR_AUDIO_ENCODE_FAIL, e.code());
    }
}
