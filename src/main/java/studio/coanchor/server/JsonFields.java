package studio.coanchor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one JSON object field by field. Every complaint names the field by its path ({@code tencent.pushKey},
 * {@code users[1].id}, {@code input_stream_list[0].layout_params.image_layer}) and what it must be, and never
 * quotes the value, which may be a secret.
 */
final class JsonFields {
    /** User, room and stream IDs. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final String ID_RULE = "1 to 64 letters, digits, '_' or '-'";
    private static final int MAX_TEXT = 2048;

    private final ObjectNode node;
    private final String path;

    private JsonFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The fields of {@code document}, which must be an object; {@code what} names it when it is not. */
    static JsonFields of(JsonNode document, String what) {
        if (!(document instanceof ObjectNode object)) {
            throw new JsonFieldException(what + " must be a JSON object");
        }
        return new JsonFields(object, "");
    }

    ObjectNode node() {
        return node;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** Refuses any key not in {@code known}, naming it and listing the known ones. */
    JsonFields allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
                throw new JsonFieldException("unknown key '" + path(shown) + "'; known keys"
                        + (path.isEmpty() ? "" : " in " + path) + ": " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return this;
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key, "a string"));
    }

    String text(String key, int maxLength) {
        String value = text(key);
        if (value.length() > maxLength) {
            throw new JsonFieldException(path(key) + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    Optional<String> optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new JsonFieldException(path(key) + " must be a string");
        }
        if (value.asText().isEmpty()) {
            throw new JsonFieldException(path(key) + " is empty");
        }
        if (value.asText().length() > MAX_TEXT) {
            throw new JsonFieldException(path(key) + " is longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.asText());
    }

    String id(String key) {
        return optionalId(key).orElseThrow(() -> missing(key, "an ID (" + ID_RULE + ")"));
    }

    Optional<String> optionalId(String key) {
        Optional<String> value = optionalText(key);
        if (value.isPresent() && !ID.matcher(value.get()).matches()) {
            throw new JsonFieldException(path(key) + " must be " + ID_RULE);
        }
        return value;
    }

    long number(String key, long min, long max) {
        return optionalNumber(key, min, max).orElseThrow(() -> missing(key, range(min, max)));
    }

    OptionalLong optionalNumber(String key, long min, long max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw new JsonFieldException(path(key) + " must be " + range(min, max));
        }
        return OptionalLong.of(value.asLong());
    }

    boolean flag(String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new JsonFieldException(path(key) + " must be true or false");
        }
        return value.asBoolean();
    }

    JsonFields object(String key) {
        return optionalObject(key).orElseThrow(() -> missing(key, "an object"));
    }

    Optional<JsonFields> optionalObject(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof ObjectNode object)) {
            throw new JsonFieldException(path(key) + " must be an object");
        }
        return Optional.of(new JsonFields(object, path(key)));
    }

    /** An array of {@code min} to {@code max} objects; absent counts as empty. */
    List<JsonFields> objects(String key, int min, int max) {
        JsonNode value = node.get(key);
        List<JsonFields> items = new ArrayList<>();
        if (value != null && !value.isNull()) {
            if (!value.isArray()) {
                throw new JsonFieldException(path(key) + " must be an array");
            }
            for (int i = 0; i < value.size(); i++) {
                if (!(value.get(i) instanceof ObjectNode object)) {
                    throw new JsonFieldException(path(key) + "[" + i + "] must be an object");
                }
                items.add(new JsonFields(object, path(key) + "[" + i + "]"));
            }
        }
        if (items.size() < min || items.size() > max) {
            throw new JsonFieldException(path(key) + " must hold " + (min == max ? min : min + " to " + max)
                    + " entries, has " + items.size());
        }
        return items;
    }

    private JsonFieldException missing(String key, String expected) {
        return new JsonFieldException(path(key) + " is missing; it must be " + expected);
    }

    private static String range(long min, long max) {
        return "a whole number from " + min + " to " + max;
    }
}
