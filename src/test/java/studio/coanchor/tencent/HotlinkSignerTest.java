package studio.coanchor.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HotlinkSignerTest {

    @ParameterizedTest
    @CsvSource({
            "e12c46f2612d5106e2034781ab261ca3, test, 5C271099, f85a2ab363fe4deaffef9754d79da6fe",
            "txrtmp, 11212122, 579ACB15, 2133c689c452f0bf81b1a88261f1d9a6",
            "2e501ec27812117a0dcb00e801745961, 11925_678ca76b63, 59F9EF7F, da8eecc56c113a90d52fd69bc99e8ce7"})
    void txSecretMatchesTheSpecVectors(String key, String stream, String txTime, String txSecret) {
        assertEquals(txSecret, new HotlinkSigner(key).txSecret(stream, TxTime.parse(txTime)));
    }

    @Test
    void caseOfTxTimeMattersSoItIsAlwaysWrittenUppercase() {
        assertEquals("9603387445825a481e6b7496aced5746", Md5Hex.of("e12c46f2612d5106e2034781ab261ca3test5c271099"));

        TxTime typedLowercase = TxTime.parse("5c271099");
        assertEquals("5C271099", typedLowercase.hex());
        assertEquals("f85a2ab363fe4deaffef9754d79da6fe",
                new HotlinkSigner("e12c46f2612d5106e2034781ab261ca3").txSecret("test", typedLowercase));
    }

    @Test
    void pushUrlOnATencentDomain() {
        HotlinkSigner signer = new HotlinkSigner("e12c46f2612d5106e2034781ab261ca3");
        StreamAddress address = new StreamAddress(StreamHost.parse("8888.livepush.myqcloud.com"), "live", "test");

        String url = signer.push(address, TxTime.parse("5C271099"), Recording.NONE);

        assertEquals("rtmp://8888.livepush.myqcloud.com/live/test"
                + "?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099", url);
    }

    @Test
    void pushUrlCarriesRecordingParametersAndStaysAValidUri() {
        HotlinkSigner signer = new HotlinkSigner("e12c46f2612d5106e2034781ab261ca3");
        StreamAddress address = new StreamAddress(StreamHost.parse("rtmp://127.0.0.1:1935"), "live", "test");

        String url = signer.push(address, TxTime.parse("5C271099"),
                Recording.parse("mp4|hls", 3600, true));

        assertEquals("rtmp://127.0.0.1:1935/live/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099"
                + "&record=mp4%7Chls&record_interval=3600&record_type=audio", url);
        assertEquals("record=mp4|hls&record_interval=3600&record_type=audio",
                URI.create(url).getQuery().replaceFirst("txSecret=[0-9a-f]+&txTime=5C271099&", ""));
    }

    @Test
    void playUrlsInEveryForm() {
        HotlinkSigner signer = new HotlinkSigner("e12c46f2612d5106e2034781ab261ca3");
        StreamAddress address = new StreamAddress(StreamHost.parse("8888.liveplay.myqcloud.com"), "live", "test");
        String signature = "txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099";

        PlayUrls urls = signer.play(address, TxTime.parse("5C271099"), OptionalLong.of(8888));

        assertEquals(new PlayUrls(
                "rtmp://8888.liveplay.myqcloud.com/live/test?" + signature,
                "http://8888.liveplay.myqcloud.com/live/test.flv?" + signature,
                "http://8888.liveplay.myqcloud.com/live/test.m3u8?" + signature,
                "rtmp://8888.liveplay.myqcloud.com/live/test?bizid=8888&" + signature), urls);
        assertEquals(urls.rtmp(), signer.play(address, TxTime.parse("5C271099"), OptionalLong.empty()).acc());
    }

    @ParameterizedTest
    @CsvSource({
            "play.example.com, rtmp://play.example.com, http://play.example.com",
            "rtmp://127.0.0.1:1935, rtmp://127.0.0.1:1935, http://127.0.0.1",
            "rtmp://127.0.0.1:1935/, rtmp://127.0.0.1:1935, http://127.0.0.1",
            "rtmps://live.example.com:443, rtmps://live.example.com:443, https://live.example.com",
            "http://127.0.0.1:8080, rtmp://127.0.0.1, http://127.0.0.1:8080",
            "https://cdn.example.com, rtmp://cdn.example.com, https://cdn.example.com"})
    void domainsMayBeHostNamesOrFullBases(String domain, String rtmpBase, String httpBase) {
        assertEquals(new StreamHost(rtmpBase, httpBase), StreamHost.parse(domain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad host", "rtmp://127.0.0.1:1935/live", "rtmp://h/?x=1", "ftp://host",
            "rtmp://user@host", "-host"})
    void badDomainsAreRefusedWithTheirReason(String domain) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StreamHost.parse(domain));
        assertTrue(error.getMessage().contains("domain"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "x/y", "s?x=1", "stream.flv"})
    void streamNamesAreUrlSafe(String stream) {
        StreamHost host = StreamHost.parse("h");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new StreamAddress(host, "live", stream));
        assertTrue(error.getMessage().startsWith("stream name '" + stream + "'"), error.getMessage());
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HotlinkSigner(" "));
    }

    @Test
    void txTimeReadsItsOwnOutputAndRefusesOtherText() {
        assertEquals(new TxTime(0x5C271099L), TxTime.parse("5C271099"));
        assertEquals(1546064025L, TxTime.parse("5C271099").expiresAt().getEpochSecond());
        assertEquals("5C271099", TxTime.inUrl("rtmp://h/live/s?txSecret=x&txTime=5C271099&record=mp4")
                .orElseThrow().hex());
        assertFalse(TxTime.inUrl("rtmp://h/live/s?txSecret=x").isPresent());
        for (String bad : new String[] {"", "5C27109G", "123456789", "-1"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TxTime.parse(bad));
            assertTrue(error.getMessage().contains("'" + bad + "'"), error.getMessage());
        }
    }
}
