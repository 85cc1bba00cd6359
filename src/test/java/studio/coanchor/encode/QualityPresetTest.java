package studio.coanchor.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.coanchor.media.VideoSettings;

class QualityPresetTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // preset, orientation, width, height, fps, start, min, max, gop, aec, tencent name
        "SD,       LANDSCAPE, 640,  360,  15, 800,  400, 800,  30, false, VIDEO_QUALITY_STANDARD_DEFINITION",
        "SD,       PORTRAIT,  360,  640,  15, 800,  400, 800,  30, false, VIDEO_QUALITY_STANDARD_DEFINITION",
        "HD,       LANDSCAPE, 960,  540,  15, 1200, 600, 1200, 30, false, VIDEO_QUALITY_HIGH_DEFINITION",
        "HD,       PORTRAIT,  540,  960,  15, 1200, 600, 1200, 30, false, VIDEO_QUALITY_HIGH_DEFINITION",
        "UHD,      LANDSCAPE, 1280, 720,  15, 1800, 900, 1800, 30, false, VIDEO_QUALITY_SUPER_DEFINITION",
        "UHD,      PORTRAIT,  720,  1280, 15, 1800, 900, 1800, 30, false, VIDEO_QUALITY_SUPER_DEFINITION",
        "MAIN,     LANDSCAPE, 960,  540,  15, 1200, 600, 1200, 15, true,  VIDEO_QUALITY_LINKMIC_MAIN_PUBLISHER",
        "MAIN,     PORTRAIT,  540,  960,  15, 1200, 600, 1200, 15, true,  VIDEO_QUALITY_LINKMIC_MAIN_PUBLISHER",
        "SUB,      LANDSCAPE, 480,  320,  15, 350,  175, 350,  15, true,  VIDEO_QUALITY_LINKMIC_SUB_PUBLISHER",
        "SUB,      PORTRAIT,  320,  480,  15, 350,  175, 350,  15, true,  VIDEO_QUALITY_LINKMIC_SUB_PUBLISHER",
        "GAME_SD,  LANDSCAPE, 640,  360,  20, 800,  400, 800,  40, false, GAME_LVB_SD",
        "GAME_SD,  PORTRAIT,  360,  640,  20, 800,  400, 800,  40, false, GAME_LVB_SD",
        "GAME_HD,  LANDSCAPE, 960,  540,  20, 1000, 500, 1000, 40, false, GAME_LVB_HD",
        "GAME_HD,  PORTRAIT,  540,  960,  20, 1000, 500, 1000, 40, false, GAME_LVB_HD",
        "GAME_UHD, LANDSCAPE, 1280, 720,  20, 1800, 900, 1800, 40, false, GAME_LVB_UHD",
        "GAME_UHD, PORTRAIT,  720,  1280, 20, 1800, 900, 1800, 40, false, GAME_LVB_UHD",
    })
    void presetsAreSpecTable(QualityPreset preset, Orientation orientation, int width, int height, int fps,
                             int start, int min, int max, int gop, boolean aec, String tencentName) {
        assertEquals(new VideoSettings(width, height, fps, start, min, max, gop), preset.settings(orientation));
        assertEquals(aec, preset.echoCancellation());
        assertEquals(tencentName, preset.tencentName());
    }

    @Test
    void everyPresetIsInTheTable() {
        assertEquals(8, QualityPreset.values().length);
    }

    @Test
    void linkMicMainKeepsSizeAndBitrateOfThePresetBefore() {
        VideoSettings before = QualityPreset.GAME_UHD.settings(Orientation.PORTRAIT);
        VideoSettings main = QualityPreset.linkMicMain(before);
        assertEquals(new VideoSettings(720, 1280, 15, 1800, 900, 1800, 15), main);
    }

    @Test
    void subIsSmallerThanMain() {
        VideoSettings sub = QualityPreset.SUB.settings(Orientation.LANDSCAPE);
        VideoSettings main = QualityPreset.MAIN.settings(Orientation.LANDSCAPE);
        assertTrue(sub.width() * sub.height() < main.width() * main.height());
        assertTrue(sub.maxBitrateKbps() < main.maxBitrateKbps());
    }

    @Test
    void parsesCommandLineNamesIgnoringCase() {
        assertEquals(QualityPreset.GAME_HD, QualityPreset.parse("game_hd"));
        assertEquals(QualityPreset.UHD, QualityPreset.parse(" UHD "));
        assertEquals(Orientation.PORTRAIT, Orientation.parse("Portrait"));
        assertEquals(EncoderChoice.NVENC, EncoderChoice.parse("nvenc"));
    }

    @Test
    void parseErrorsListTheValidNames() {
        IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
                () -> QualityPreset.parse("4k"));
        assertEquals("unknown quality preset '4k'; valid values: SD, HD, UHD, MAIN, SUB, GAME_SD, GAME_HD, GAME_UHD",
                preset.getMessage());
        IllegalArgumentException orientation = assertThrows(IllegalArgumentException.class,
                () -> Orientation.parse("sideways"));
        assertEquals("unknown orientation 'sideways'; valid values: LANDSCAPE, PORTRAIT", orientation.getMessage());
        IllegalArgumentException encoder = assertThrows(IllegalArgumentException.class,
                () -> EncoderChoice.parse(null));
        assertEquals("unknown encoder 'null'; valid values: AUTO, X264, OPENH264, NVENC, QSV, MF, VIDEOTOOLBOX",
                encoder.getMessage());
    }

    @Test
    void encoderChoicesNameFfmpegEncoders() {
        assertEquals("libx264", EncoderChoice.X264.ffmpegName());
        assertEquals("libopenh264", EncoderChoice.OPENH264.ffmpegName());
        assertEquals("h264_nvenc", EncoderChoice.NVENC.ffmpegName());
        assertEquals("h264_qsv", EncoderChoice.QSV.ffmpegName());
        assertEquals("h264_mf", EncoderChoice.MF.ffmpegName());
        assertEquals("h264_videotoolbox", EncoderChoice.VIDEOTOOLBOX.ffmpegName());
        assertTrue(EncoderChoice.QSV.isHardware());
        assertFalse(EncoderChoice.X264.isHardware());
    }
}
