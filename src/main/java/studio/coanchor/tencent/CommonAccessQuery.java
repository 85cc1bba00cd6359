package studio.coanchor.tencent;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The signed query of Tencent's {@code common_access} API:
 * {@code appid=<APPID>&cmd=<APPID>&interface=<name>&t=<t>&sign=<sign>}. Tencent's pages spell the account
 * {@code appid} or {@code cmd}; this class sends both and reads either.
 */
public record CommonAccessQuery(long appId, String interfaceName, long t, String sign) {
    public static final String MIX_STREAM_V2 = "Mix_StreamV2";
    /** How far ahead of now a request's {@code t} lies. */
    public static final Duration VALIDITY = Duration.ofSeconds(60);

    /** A query signed with the API key, valid for {@link #VALIDITY} from {@code now}. */
    public static CommonAccessQuery signed(long appId, String interfaceName, TimeSignature apiSign, Instant now) {
        long t = now.plus(VALIDITY).getEpochSecond();
        return new CommonAccessQuery(appId, interfaceName, t, apiSign.sign(t));
    }

    /** Reads a request's query; throws with a message naming the missing or unreadable parameter. */
    public static CommonAccessQuery parse(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        String appId = parameters.containsKey("appid") ? parameters.get("appid") : parameters.get("cmd");
        return new CommonAccessQuery(number("appid (or cmd)", appId), required("interface", parameters),
                number("t", parameters.get("t")), required("sign", parameters));
    }

    public URI on(URI endpoint) {
        return URI.create(endpoint + "?" + toQuery());
    }

    public String toQuery() {
        return "appid=" + appId + "&cmd=" + appId + "&interface=" + interfaceName + "&t=" + t + "&sign=" + sign;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String required(String name, Map<String, String> parameters) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the request has no '" + name + "' parameter");
        }
        return value;
    }

    private static long number(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the request has no '" + name + "' parameter");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the request's '" + name + "' parameter is not a whole number");
        }
    }
}
