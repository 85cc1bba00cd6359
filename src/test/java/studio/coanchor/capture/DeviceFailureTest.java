package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaException;

/** What a user sees when the device is not there: the right code, a helpful message, and no hang. */
class DeviceFailureTest {

    @Test
    void missingCameraFailsQuicklyWithAHint() {
        assumeTrue(HostOs.current() == HostOs.LINUX);
        CameraSource camera = new CameraSource("/dev/video99", false);
        CollectingSink sink = new CollectingSink();
        MediaException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(MediaException.class, () -> camera.start(sink, sink)));
        assertEquals(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, e.code());
        assertTrue(e.getMessage().contains("/dev/video99"), e.getMessage());
        assertTrue(e.getMessage().contains("No such file or directory"), e.getMessage());
        assertTrue(e.getMessage().contains("coanchor devices"), e.getMessage());
        camera.stop();
        assertTrue(CollectingSink.captureThreads().stream().noneMatch("capture-camera"::equals));
    }

    @Test
    void missingMicrophoneFailsWithinSeconds() {
        assumeTrue(!Files.exists(Path.of("/dev/snd")), "this machine has sound hardware");
        MicrophoneSource microphone = new MicrophoneSource(null);
        CollectingSink sink = new CollectingSink();
        MediaException e = assertTimeoutPreemptively(Duration.ofSeconds(MicrophoneMixers.LIMIT_MILLIS / 1000 + 2),
                () -> assertThrows(MediaException.class, () -> microphone.start(sink, sink)));
        assertEquals(EventCode.PUSH_ERR_OPEN_MIC_FAIL, e.code());
        assertTrue(e.getMessage().contains("microphone"), e.getMessage());
        microphone.stop();
    }

    @Test
    void combinedSourceStopsThePictureWhenTheMicrophoneFails() {
        assumeTrue(!Files.exists(Path.of("/dev/snd")), "this machine has sound hardware");
        CombinedSource source = new CombinedSource(new TestPatternSource(160, 120, 15, false, false),
                new MicrophoneSource("7"));
        CollectingSink sink = new CollectingSink();
        MediaException e = assertThrows(MediaException.class, () -> source.start(sink, sink));
        assertEquals(EventCode.PUSH_ERR_OPEN_MIC_FAIL, e.code());
        assertTrue(CollectingSink.captureThreads().stream().noneMatch("capture-test"::equals));
    }

    @Test
    void screenWithoutDisplayIsUnsupported() {
        assumeTrue(HostOs.current() == HostOs.LINUX, "x11grab is the Linux screen source");
        ScreenSource screen = new ScreenSource(null, 15, false, null);
        CollectingSink sink = new CollectingSink();
        MediaException e = assertThrows(MediaException.class, () -> screen.start(sink, sink));
        assertEquals(EventCode.PUSH_ERR_SCREEN_CAPTURE_UNSURPORT, e.code());
        assertTrue(e.getMessage().contains("DISPLAY is not set"), e.getMessage());
    }

    @Test
    void catalogListsWithoutThrowingAndFast() {
        DeviceCatalog catalog = new DeviceCatalog();
        assertTimeoutPreemptively(Duration.ofSeconds(MicrophoneMixers.LIMIT_MILLIS / 1000 + 3), () -> {
            assertTrue(catalog.cameras().stream().allMatch(device -> device.kind() == DeviceKind.CAMERA));
            assertTrue(catalog.microphones().stream().allMatch(device -> device.kind() == DeviceKind.MICROPHONE));
            assertTrue(catalog.screens().stream().allMatch(device -> device.kind() == DeviceKind.SCREEN));
        });
        if (HostOs.current() == HostOs.LINUX && System.getenv("DISPLAY") == null) {
            assertTrue(catalog.screens().isEmpty());
        }
    }
}
