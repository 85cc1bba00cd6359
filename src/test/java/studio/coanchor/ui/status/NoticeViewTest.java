package studio.coanchor.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoticeViewTest {

    @Test
    void longTextIsBrokenBetweenWordsIntoShortLines() {
        String advice = "upstream network is poor: encoding 3689 kbps but sending 550 kbps, 57 packets waiting; move"
                + " closer to the router or use a cable, stop other uploads, or pick a lower quality";

        String lines = NoticeView.lines(advice);

        assertEquals(advice, lines.replace('\n', ' '), "only spaces become line breaks");
        assertTrue(lines.lines().count() >= 4, lines);
        lines.lines().forEach(line -> assertTrue(line.length() <= NoticeView.LINE_CHARACTERS, line));
    }

    @Test
    void aShortTextStaysOneLineAndAWordLongerThanALineKeepsALineOfItsOwn() {
        assertEquals("Live again", NoticeView.lines("Live again"));
        String url = "rtmp://127.0.0.1:1935/live/a-stream-name-longer-than-one-line";
        assertEquals("Live again: pushing to\n" + url, NoticeView.lines("Live again: pushing to " + url));
    }
}
