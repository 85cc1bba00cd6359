package studio.coanchor.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserSigSignerTest {
    private static final long APP = 1400000000L;
    private static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    private static final Instant TIME = Instant.ofEpochSecond(1600000000L);
    private static final Duration EXPIRE = Duration.ofSeconds(15552000L);

    private final UserSigSigner signer = new UserSigSigner(APP, KEY);

    @Test
    void signatureMatchesTheSpecVector() {
        String userSig = signer.generate("xiaojun", TIME, EXPIRE);

        JsonNode document = UserSigSigner.decode(userSig);
        assertEquals("1Z5PngDjGaufeSiPoBuxdHY7EK3JTdAjMP93S4KvV3M=", document.get("TLS.sig").asText());
        assertEquals("2.0", document.get("TLS.ver").asText());
        assertEquals("xiaojun", document.get("TLS.identifier").asText());
        assertEquals(APP, document.get("TLS.sdkappid").asLong());
        assertEquals(1600000000L, document.get("TLS.time").asLong());
        assertEquals(15552000L, document.get("TLS.expire").asLong());
    }

    @Test
    void theOuterStringUsesTencentsUrlSafeAlphabet() {
        String userSig = signer.generate("xiaojun", TIME, EXPIRE);

        assertTrue(userSig.matches("[A-Za-z0-9*_-]+"), userSig);
        assertFalse(userSig.contains(KEY));
        assertEquals(UserSigSigner.DEFAULT_EXPIRE, Duration.ofDays(180));
    }

    @Test
    void verifiesByDecodingAndCheckingEachField() {
        String userSig = signer.generate("xiaojun", TIME, EXPIRE);

        UserSigClaims claims = signer.verify(userSig, TIME.plusSeconds(60));

        assertEquals(new UserSigClaims("xiaojun", APP, 1600000000L, 15552000L), claims);
        assertEquals(Instant.ofEpochSecond(1615552000L), claims.expiresAt());
    }

    @Test
    void refusesAnotherKeyAnotherAppAnExpiredSigAndGarbage() {
        String userSig = signer.generate("xiaojun", TIME, EXPIRE);

        assertRefused("the UserSig's signature does not match this key",
                () -> new UserSigSigner(APP, KEY.replace('5', '6')).verify(userSig, TIME));
        assertRefused("the UserSig is for SDK app 1400000000, not 1400000001",
                () -> new UserSigSigner(APP + 1, KEY).verify(userSig, TIME));
        assertRefused("the UserSig expired at 2021-03-12T12:26:40Z",
                () -> signer.verify(userSig, Instant.ofEpochSecond(1615552000L)));
        assertRefused("the UserSig is not in Tencent's URL-safe Base64", () -> signer.verify("abc%def", TIME));
        assertRefused("the UserSig is not zlib-compressed", () -> signer.verify("aGVsbG8_", TIME));
        assertRefused("the UserSig is empty", () -> signer.verify("", TIME));
    }

    @Test
    void trtcUrls() {
        assertEquals("trtc://cloud.tencent.com/push/anchor_1?sdkappid=1400000000&userId=xiaojun&usersig=ab*c_",
                TrtcUrls.push("anchor_1", APP, "xiaojun", "ab*c_"));
        assertEquals("trtc://cloud.tencent.com/play/anchor_1?sdkappid=1400000000&userId=viewer&usersig=s-g",
                TrtcUrls.play("anchor_1", APP, "viewer", "s-g"));
    }

    private static void assertRefused(String message, Runnable verification) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, verification::run);
        assertEquals(message, error.getMessage());
        assertFalse(error.getMessage().contains(KEY));
    }
}
