package studio.coanchor.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.coanchor.capture.SourceSpec.Audio;
import studio.coanchor.capture.SourceSpec.Video;

class SourceSpecTest {

    @Test
    void parsesEveryAcceptedForm(@TempDir Path dir) throws Exception {
        assertEquals(new SourceSpec(Video.TEST, null, null, null, Audio.TONE, null), SourceSpec.parse("test", "tone"));
        assertEquals(new SourceSpec(Video.TEST, null, null, null, Audio.TONE, null), SourceSpec.parse(null, null));
        assertEquals(new SourceSpec(Video.CAMERA, null, null, null, Audio.NONE, null),
                SourceSpec.parse("camera", "none"));
        SourceSpec camera = SourceSpec.parse("camera:/dev/video2", "mic:USB Audio");
        assertEquals("/dev/video2", camera.camera());
        assertEquals(Audio.MIC, camera.audio());
        assertEquals("USB Audio", camera.microphone());
        assertNull(SourceSpec.parse("screen", "mic").region());
        assertNull(SourceSpec.parse("screen", "mic").microphone());
        assertEquals(new SourceSpec.Region(10, 20, 1280, 720), SourceSpec.parse("screen:10,20,1280,720", "tone").region());

        Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {1});
        SourceSpec file = SourceSpec.parse("file:" + clip, "tone");
        assertEquals(Video.FILE, file.video());
        assertEquals(clip, file.file());
        assertEquals(Audio.FILE, file.audio(), "a file brings its own sound");
        assertEquals(Audio.NONE, SourceSpec.parse("file:" + clip, "none").audio());
        assertEquals(Audio.MIC, SourceSpec.parse("file:" + clip, "mic:1").audio());
    }

    @Test
    void rejectsBadValuesSayingWhatIsAccepted() {
        assertMessage("unknown source 'foo': use test, camera[:ID], screen[:X,Y,W,H] or file:PATH", "foo", "tone");
        assertMessage("unknown source 'test:1'", "test:1", "tone");
        assertMessage("unknown audio 'beep': use tone, mic[:ID] or none", "test", "beep");
        assertMessage("unknown audio 'none:2'", "test", "none:2");
        assertMessage("bad screen region '1,2': use screen:X,Y,W,H", "screen:1,2", "tone");
        assertMessage("bad screen region '0,0,0,720'", "screen:0,0,0,720", "tone");
        assertMessage("bad screen region 'a,b,c,d'", "screen:a,b,c,d", "tone");
        assertMessage("names no file: use file:PATH", "file:", "tone");
        assertMessage("media file '/no/such/clip.mp4' does not exist", "file:/no/such/clip.mp4", "tone");
    }

    private static void assertMessage(String expected, String video, String audio) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceSpec.parse(video, audio));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void factoryBuildsTheSourceTheSpecNames() {
        assertEquals("test pattern 320x240@15 with 440 Hz tone",
                SourceFactory.open(SourceSpec.parse("test", "tone"), 320, 240, 15, false).description());
        assertEquals("camera /dev/video9 + 440 Hz tone",
                SourceFactory.open(SourceSpec.parse("camera:/dev/video9", "tone"), 320, 240, 15, false).description());
        assertEquals("screen + microphone 1",
                SourceFactory.open(SourceSpec.parse("screen", "mic:1"), 320, 240, 15, false).description());
        assertTrue(!SourceFactory.open(SourceSpec.parse("test", "none"), 320, 240, 15, false).hasAudio());
    }
}
