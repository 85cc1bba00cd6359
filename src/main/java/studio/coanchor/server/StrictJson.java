package studio.coanchor.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson set up for documents from outside: duplicate keys and trailing content are errors, and a syntax error
 * is reported by position only, because Jackson's own message quotes the text around it (a password, say).
 */
final class StrictJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([A-Za-z0-9_.-]{1,64})'");

    private StrictJson() {
    }

    /** The document in {@code bytes}; {@code what} names it in the error ("the request body", "the file"). */
    static JsonNode parse(byte[] bytes, String what) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new JsonFieldException(what + " is empty; it must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.lookingAt()) {
                throw new JsonFieldException(what + " has the key '" + duplicate.group(1) + "' twice");
            }
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new JsonFieldException(what + " is not valid JSON" + position);
        } catch (IOException e) {
            throw new JsonFieldException(what + " could not be read");
        }
    }
}
