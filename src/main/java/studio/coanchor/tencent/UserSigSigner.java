package studio.coanchor.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent RTC's UserSig (tls-sig-api-v2): an HMAC-SHA256 over the user, the SDK app and the validity, carried in
 * zlib-compressed JSON, Base64 with {@code +/=} written as {@code *-_}. Verification decodes and checks each
 * field, because the outer string depends on the JSON layout.
 */
public final class UserSigSigner {
    public static final Duration DEFAULT_EXPIRE = Duration.ofDays(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_INFLATED_BYTES = 4096;

    private final long sdkAppId;
    private final SecretKeySpec key;

    public UserSigSigner(long sdkAppId, String secretKey) {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the UserSig secret key is empty");
        }
        this.sdkAppId = sdkAppId;
        this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String generate(String identifier, Instant time, Duration expire) {
        long seconds = time.getEpochSecond();
        ObjectNode document = JSON.createObjectNode()
                .put("TLS.ver", "2.0")
                .put("TLS.identifier", identifier)
                .put("TLS.sdkappid", sdkAppId)
                .put("TLS.expire", expire.toSeconds())
                .put("TLS.time", seconds)
                .put("TLS.sig", hmac(identifier, seconds, expire.toSeconds()));
        try {
            return toUrlBase64(deflate(JSON.writeValueAsBytes(document)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** The claims of a UserSig made with this key; throws {@link IllegalArgumentException} saying what is wrong. */
    public UserSigClaims verify(String userSig, Instant now) {
        JsonNode document = decode(userSig);
        if (!"2.0".equals(document.path("TLS.ver").asText())) {
            throw new IllegalArgumentException("the UserSig is not version 2.0");
        }
        UserSigClaims claims = new UserSigClaims(text(document, "TLS.identifier"), number(document, "TLS.sdkappid"),
                number(document, "TLS.time"), number(document, "TLS.expire"));
        if (claims.sdkAppId() != sdkAppId) {
            throw new IllegalArgumentException("the UserSig is for SDK app " + claims.sdkAppId() + ", not "
                    + sdkAppId);
        }
        String expected = hmac(claims.identifier(), claims.time(), claims.expire());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                text(document, "TLS.sig").getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("the UserSig's signature does not match this key");
        }
        if (!claims.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("the UserSig expired at " + claims.expiresAt());
        }
        return claims;
    }

    /** The standard Base64 HMAC-SHA256 over the content string of tls-sig-api-v2. */
    String hmac(String identifier, long time, long expire) {
        String content = "TLS.identifier:" + identifier + "\n" + "TLS.sdkappid:" + sdkAppId + "\n"
                + "TLS.time:" + time + "\n" + "TLS.expire:" + expire + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The JSON document inside a UserSig. */
    static JsonNode decode(String userSig) {
        if (userSig == null || userSig.isBlank()) {
            throw new IllegalArgumentException("the UserSig is empty");
        }
        byte[] compressed;
        try {
            compressed = Base64.getDecoder().decode(
                    userSig.trim().replace('*', '+').replace('-', '/').replace('_', '='));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the UserSig is not in Tencent's URL-safe Base64");
        }
        try {
            JsonNode document = JSON.readTree(inflate(compressed));
            if (document == null || !document.isObject()) {
                throw new IllegalArgumentException("the UserSig does not hold a JSON object");
            }
            return document;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("the UserSig is not zlib-compressed");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the UserSig does not hold JSON");
        }
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the UserSig has no " + field);
        }
        return value.asText();
    }

    private static long number(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("the UserSig has no numeric " + field);
        }
        return value.asLong();
    }

    private static String toUrlBase64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes).replace('+', '*').replace('/', '-').replace('=', '_');
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, count);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new DataFormatException("too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
