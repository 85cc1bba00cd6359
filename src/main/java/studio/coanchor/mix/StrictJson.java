package studio.coanchor.mix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson set up to read exactly what was written (no unknown fields, no numbers from strings, no fractions for
 * whole numbers, nothing after the value) and to say what is wrong in words, naming the field by its path.
 */
final class StrictJson {
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private static final ObjectMapper MAPPER = strictMapper();

    private StrictJson() {
    }

    static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads {@code json} as a {@code type}; {@code what} names the text in messages ("layout file x.json"). */
    static <T> T read(String json, Class<T> type, String what) {
        if (json.isBlank()) {
            throw new MixFormatException(what + " is empty: expected a JSON object", null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw problem(e, what);
        }
    }

    static JsonNode tree(String json, String what) {
        if (json.isBlank()) {
            throw new MixFormatException(what + " is empty: expected a JSON object", null);
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw problem(e, what);
        }
    }

    static <T> T convert(JsonNode tree, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw problem(e, what);
        }
    }

    private static MixFormatException problem(JsonProcessingException e, String what) {
        StreamReadException read = syntaxError(e);
        if (read != null) {
            String where = read.getLocation() == null ? ""
                    : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
            return new MixFormatException(what + " is not valid JSON" + where + ": "
                    + firstLine(read.getOriginalMessage()), e);
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (!(e instanceof JsonMappingException mapping)) {
            return new MixFormatException(what + ": " + firstLine(original), e);
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : "; known fields: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new MixFormatException(what + ": unknown field '" + unknown.getPropertyName() + "'"
                    + inside(path.subList(0, path.size() - 1)) + known, e);
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new MixFormatException(what + ": " + at(path) + e.getCause().getMessage(), e);
        }
        if (original.startsWith("Trailing token")) {
            return new MixFormatException(what + " is not valid JSON: there is more after the JSON value", e);
        }
        Matcher missing = MISSING.matcher(original);
        if (missing.find()) {
            String field = missing.group(1);
            boolean pathEndsInField = !path.isEmpty() && field.equals(path.get(path.size() - 1).getFieldName());
            return new MixFormatException(what + ": missing field '" + field + "'"
                    + inside(pathEndsInField ? path.subList(0, path.size() - 1) : path), e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String found = e instanceof InvalidFormatException format ? ", not " + quoted(format.getValue()) : "";
            return new MixFormatException(what + ": " + at(path) + "expected "
                    + expected(mismatch.getTargetType()) + found, e);
        }
        return new MixFormatException(what + ": " + at(path) + firstLine(original), e);
    }

    /** The syntax error behind {@code e}, which Jackson wraps when it happens while binding; null when there is none. */
    private static StreamReadException syntaxError(JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof StreamReadException read && !(cause instanceof MismatchedInputException)) {
                return read;
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static String at(List<JsonMappingException.Reference> path) {
        String spoken = spokenPath(path);
        return spoken.isEmpty() ? "" : spoken + ": ";
    }

    private static String inside(List<JsonMappingException.Reference> path) {
        String spoken = spokenPath(path);
        return spoken.isEmpty() ? "" : " in " + spoken;
    }

    private static String spokenPath(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object {...}";
        }
        return "a " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
