package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlayUrlTest {

    @ParameterizedTest
    @CsvSource({
            "rtmp://live.example.com/live/anchor, RTMP",
            "RTMPS://live.example.com:443/live/anchor?txSecret=abc&txTime=5C271099, RTMP",
            "http://play.example.com/live/anchor.flv, HTTP_FLV",
            "https://play.example.com/live/anchor.flv?txSecret=abc, HTTP_FLV",
            "https://play.example.com/live/anchor.M3U8, HLS"})
    void tellsTheProtocol(String url, PlayUrl.Protocol protocol) {
        assertEquals(protocol, PlayUrl.parse(url).protocol());
    }

    @Test
    void theSignatureNeverShows() {
        PlayUrl url = PlayUrl.parse("rtmp://live.example.com/live/anchor?txSecret=f85a2ab363fe4deaffef9754d79da6fe");
        assertEquals("rtmp://live.example.com/live/anchor?…", url.shown());
        assertFalse(url.toString().contains("f85a2ab3"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PlayUrl.parse("rtmp://live.example.com/live?txSecret=f85a2ab363fe4deaffef9754d79da6fe"));
        assertFalse(bad.getMessage().contains("f85a2ab3"), bad.getMessage());
    }
}
