package studio.coanchor.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The MD5(key + t) signature of the Mix_StreamV2 API (SPEC §4) and of event callbacks (SPEC §6). */
class TimeSignatureTest {
    private static final String API_KEY = "40328529ca4381a80c6ecf2e6aa57438";

    @Test
    void apiSignMatchesTheSpecVector() {
        assertEquals("7f29ed83c61b77de1b0d66936fd4fd44", new TimeSignature(API_KEY).sign(1490858347L));
    }

    @Test
    void theSignedMixQueryLivesSixtySecondsAndNamesTheAccountBothWays() {
        Instant now = Instant.ofEpochSecond(1490858287L);

        CommonAccessQuery query = CommonAccessQuery.signed(1234, CommonAccessQuery.MIX_STREAM_V2,
                new TimeSignature(API_KEY), now);

        URI url = query.on(URI.create("http://fcgi.video.qcloud.com/common_access"));
        assertEquals("http://fcgi.video.qcloud.com/common_access?appid=1234&cmd=1234&interface=Mix_StreamV2"
                + "&t=1490858347&sign=7f29ed83c61b77de1b0d66936fd4fd44", url.toString());
        assertEquals(query, CommonAccessQuery.parse(url.getRawQuery()));
    }

    @Test
    void eitherSpellingOfTheAccountIsRead() {
        assertEquals(new CommonAccessQuery(1234, "Mix_StreamV2", 1490858347L, "7f29"),
                CommonAccessQuery.parse("cmd=1234&interface=Mix_StreamV2&t=1490858347&sign=7f29"));
        assertEquals(new CommonAccessQuery(99, "Mix_StreamV2", 1490858347L, "7f29"),
                CommonAccessQuery.parse("appid=99&interface=Mix_StreamV2&t=1490858347&sign=7f29"));
        assertEquals("the request has no 'appid (or cmd)' parameter", assertThrows(IllegalArgumentException.class,
                () -> CommonAccessQuery.parse("interface=Mix_StreamV2&t=1&sign=x")).getMessage());
        assertEquals("the request's 't' parameter is not a whole number", assertThrows(IllegalArgumentException.class,
                () -> CommonAccessQuery.parse("cmd=1&interface=Mix_StreamV2&t=soon&sign=x")).getMessage());
    }

    @Test
    void callbackSignsAreValidWrongOrExpired() {
        TimeSignature callbacks = new TimeSignature("callback-key");
        long t = 1700000600L;
        Instant before = Instant.ofEpochSecond(t - 600);

        assertEquals(TimeSignature.Check.VALID, callbacks.check(t, callbacks.sign(t), before));
        assertEquals(TimeSignature.Check.VALID, callbacks.check(t, callbacks.sign(t), Instant.ofEpochSecond(t)));
        assertEquals(TimeSignature.Check.WRONG_SIGN, callbacks.check(t, callbacks.sign(t + 1), before));
        assertEquals(TimeSignature.Check.WRONG_SIGN, callbacks.check(t, new TimeSignature("other").sign(t), before));
        assertEquals(TimeSignature.Check.WRONG_SIGN, callbacks.check(t, null, before));
        assertEquals(TimeSignature.Check.EXPIRED, callbacks.check(t, callbacks.sign(t), Instant.ofEpochSecond(t + 1)));
    }

    @Test
    void mixCodesInWords() {
        assertEquals("an input stream was not found (it may not have started pushing yet)",
                MixResultCode.describe(-505));
        assertEquals("the background's size is not known yet", MixResultCode.describe(-507));
        assertEquals("the mix service failed with code -9", MixResultCode.describe(-9));
        assertEquals(MixResultCode.OUTPUT_TAKEN, MixResultCode.of(-300).orElseThrow());
        assertEquals(true, MixResultCode.worthRetrying(-505));
        assertEquals(true, MixResultCode.worthRetrying(-28));
        assertEquals(true, MixResultCode.worthRetrying(-9));
        assertEquals(false, MixResultCode.worthRetrying(-1));
        assertEquals(false, MixResultCode.worthRetrying(0));
    }
}
