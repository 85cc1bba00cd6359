package studio.coanchor.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs on the Linux gpl build without a GPU. */
class EncoderCatalogTest {

    @Test
    void softwareEncodersOpenAndNvencIsPresentButDoesNotOpen() {
        List<EncoderProbe> probes = EncoderCatalog.probe();
        probes.forEach(p -> System.out.println("probe " + p));
        Map<EncoderChoice, EncoderProbe> byChoice = probes.stream()
                .collect(Collectors.toMap(EncoderProbe::choice, Function.identity()));
        assertEquals(EncoderChoice.values().length - 1, probes.size());
        assertTrue(byChoice.get(EncoderChoice.X264).opens());
        assertTrue(byChoice.get(EncoderChoice.OPENH264).opens());
        EncoderProbe nvenc = byChoice.get(EncoderChoice.NVENC);
        assertTrue(nvenc.present());
        assertFalse(nvenc.opens());
        assertTrue(nvenc.detail().startsWith("h264_nvenc did not open: ") && nvenc.detail().contains("libcuda"),
                "FFmpeg's own reason: " + nvenc.detail());
        assertFalse(byChoice.get(EncoderChoice.MF).present(), "Media Foundation is in Windows builds only");
        assertSame(probes, EncoderCatalog.probe(), "probed once per process");
    }
}
