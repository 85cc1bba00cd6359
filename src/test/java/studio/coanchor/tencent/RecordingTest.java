package studio.coanchor.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecordingTest {

    @Test
    void anyCombinationOfFormatsInAFixedOrder() {
        Recording recording = Recording.parse("flv|MP4,hls", null, false);

        assertEquals(EnumSet.allOf(RecordFormat.class), recording.formats());
        assertEquals(List.of("record=mp4%7Chls%7Cflv"), recording.queryParameters());
    }

    @Test
    void intervalUpToTwoHoursForMp4AndFlv() {
        assertEquals(List.of("record=flv", "record_interval=7200"),
                Recording.parse("flv", 7200, false).queryParameters());
        assertEquals(List.of("record=mp4%7Chls", "record_interval=1800"),
                Recording.parse("mp4|hls", Recording.DEFAULT_INTERVAL_SECONDS, false).queryParameters());
        assertEquals(OptionalInt.empty(), Recording.parse("mp4", null, false).intervalSeconds());
    }

    @Test
    void audioOnlyRecording() {
        assertEquals(List.of("record=hls", "record_type=audio"), Recording.parse("hls", null, true).queryParameters());
    }

    @Test
    void nothingAskedIsNoParameters() {
        assertEquals(List.of(), Recording.parse(null, null, false).queryParameters());
        assertEquals(Recording.NONE, Recording.parse(" ", null, false));
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertMessage("record format 'avi' is not one of mp4, hls, flv", () -> Recording.parse("mp4|avi", null, false));
        assertMessage("record interval 7201 s is out of range; use 60 to 7200 seconds (default 1800)",
                () -> Recording.parse("mp4", 7201, false));
        assertMessage("record interval 0 s is out of range; use 60 to 7200 seconds (default 1800)",
                () -> Recording.parse("flv", 0, false));
        assertMessage("a record interval applies to mp4 and flv recordings only; drop it or record mp4 or flv as well",
                () -> Recording.parse("hls", 1800, false));
        assertMessage("a record interval or audio-only recording needs a record format (mp4, hls or flv)",
                () -> Recording.parse(null, 1800, false));
        assertMessage("a record interval or audio-only recording needs a record format (mp4, hls or flv)",
                () -> Recording.parse("", null, true));
    }

    private static void assertMessage(String message, Runnable action) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, action::run).getMessage());
    }
}
