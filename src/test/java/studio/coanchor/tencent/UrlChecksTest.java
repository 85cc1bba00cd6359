package studio.coanchor.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two checks of a URL before it is used: is it for this purpose, and will it still be valid. */
class UrlChecksTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "rtmp://8888.livepush.myqcloud.com/live/8888_a?txSecret=x&txTime=5C271099",
            "rtmp://127.0.0.1/live/a?txSecret=x&txTime=5C271099&record=mp4",
            "rtmp://127.0.0.1/live/a?record_type=audio"})
    void aPushUrlAboutToBePlayedIsNamedSo(String url) {
        String problem = UrlPurpose.problemPlaying(url).orElseThrow();

        assertTrue(problem.startsWith("this is a push URL, not a play URL ("), problem);
        assertEquals(Optional.empty(), UrlPurpose.problemPushing(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "rtmp://8888.liveplay.myqcloud.com/live/8888_a?bizid=8888&txSecret=x&txTime=5C271099",
            "http://127.0.0.1/live/a.flv?txSecret=x&txTime=5C271099",
            "https://cdn.example.com/live/a.m3u8"})
    void aPlayUrlAboutToBePushedToIsNamedSo(String url) {
        String problem = UrlPurpose.problemPushing(url).orElseThrow();

        assertTrue(problem.startsWith("this is a play URL, not a push URL ("), problem);
        assertEquals(Optional.empty(), UrlPurpose.problemPlaying(url));
    }

    @Test
    void theReasonIsGivenInWords() {
        assertEquals(new UrlPurpose.Evidence(UrlPurpose.PLAY, "it is an HTTP-FLV (.flv) play URL"),
                UrlPurpose.of("http://h/live/a.flv"));
        assertEquals(new UrlPurpose.Evidence(UrlPurpose.PUSH, "its host 1.livepush.myqcloud.com is a push domain"),
                UrlPurpose.of("rtmp://1.livepush.myqcloud.com/live/a"));
    }

    @Test
    void aPlainRtmpUrlCouldBeEither() {
        assertEquals(UrlPurpose.UNKNOWN, UrlPurpose.of("rtmp://127.0.0.1:1935/live/a?txTime=5C271099").purpose());
        assertEquals(Optional.empty(), UrlPurpose.problemPlaying("rtmp://127.0.0.1:1935/live/a"));
        assertEquals(Optional.empty(), UrlPurpose.problemPushing("rtmp://127.0.0.1:1935/live/a"));
        assertEquals(UrlPurpose.UNKNOWN, UrlPurpose.of("rtmp://bad host/x").purpose());
    }

    @Test
    void aDayAheadIsFineHalfADayIsWarnedAndThePastIsAnError() {
        assertEquals(Optional.empty(), UrlLifetime.check(TxTime.at(NOW.plus(UrlLifetime.DEFAULT)), NOW));
        assertEquals(Optional.empty(), UrlLifetime.check(TxTime.at(NOW.plus(Duration.ofHours(12))), NOW));
        assertEquals(Duration.ofHours(24), UrlLifetime.DEFAULT);

        String warning = UrlLifetime.check(TxTime.at(NOW.plus(Duration.ofMinutes(150))), NOW).orElseThrow();
        assertEquals("the URL expires in 2 h 30 min (at 2024-05-01T12:30:00Z); a push cannot resume after a drop"
                + " once its URL has expired, so sign for at least 12 h", warning);

        IllegalArgumentException expired = assertThrows(IllegalArgumentException.class,
                () -> UrlLifetime.check(TxTime.parse("5C271099"), NOW));
        assertEquals("the URL expired at 2018-12-29T06:13:45Z (txTime 5C271099); sign a new one",
                expired.getMessage());
    }
}
