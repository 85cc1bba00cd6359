package studio.coanchor.linkmic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a WebSocket text frame into a typed {@link SignalMessage}, checking its size, shape and every field, and
 * writes messages back out. Field names are case-sensitive and unknown fields are refused, so a misspelt
 * {@code roomId} is reported instead of ignored. Every problem is a {@link SignalFormatException} naming it.
 */
public final class SignalCodec {
    /** The largest text frame accepted, in bytes of UTF-8. */
    public static final int MAX_FRAME_BYTES = 4096;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int MAX_JSON_COMPLAINT = 160;

    private static final Set<String> LINKMIC_FIELDS =
            Set.of("type", "roomID", "userID", "userName", "targetID", "reason", "result", "timestamp");
    private static final Set<String> PK_FIELDS =
            Set.of("type", "action", "roomID", "userID", "targetID", "accelerateURL", "result", "reason", "timestamp");
    private static final Set<String> ROOM_COMMAND_FIELDS = Set.of("type", "roomID");
    private static final Set<String> ROOM_STATE_FIELDS =
            Set.of("type", "roomID", "owner", "members", "coAnchors", "pkWith", "reason", "timestamp");
    private static final Set<String> ERROR_FIELDS =
            Set.of("type", "code", "message", "refusedCmd", "refusedType", "timestamp");

    private SignalCodec() {
    }

    /** Whether {@code value} is a valid room or user ID: 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'. */
    public static boolean isValidId(String value) {
        return Fields.isId(value);
    }

    /** The message in {@code frame}; throws {@link SignalFormatException} naming what is wrong with it. */
    public static SignalMessage parse(String frame) {
        if (frame == null || frame.isBlank()) {
            throw new SignalFormatException(SignalErrorCode.BAD_JSON, "the message is empty; send a JSON object "
                    + "{\"cmd\":...,\"data\":{...}}");
        }
        int bytes = frame.length() > MAX_FRAME_BYTES ? frame.length()
                : frame.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FRAME_BYTES) {
            throw new SignalFormatException(SignalErrorCode.FRAME_TOO_LARGE, "the message is " + bytes
                    + " bytes or more; the most accepted is " + MAX_FRAME_BYTES);
        }
        JsonNode root = readTree(frame);
        if (!root.isObject()) {
            throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                    "a message is a JSON object {\"cmd\":...,\"data\":{...}}, this is a JSON " + kind(root));
        }
        onlyFields(root, Set.of("cmd", "data"), "the message");
        JsonNode cmd = root.get("cmd");
        if (cmd == null || !cmd.isTextual()) {
            throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                    "the message needs \"cmd\" as a string: linkmic, pk or room");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE, "the message needs \"data\" as a JSON object");
        }
        String name = cmd.asText();
        try {
            return switch (name) {
                case "linkmic" -> linkMic(new Data(name, data));
                case "pk" -> pk(new Data(name, data));
                case "room" -> room(new Data(name, data));
                default -> throw new SignalFormatException(SignalErrorCode.UNKNOWN_COMMAND,
                        "unknown cmd " + Fields.quote(name) + "; accepted: linkmic, pk, room");
            };
        } catch (SignalFormatException e) {
            throw e.cmd() == null && Set.of("linkmic", "pk", "room").contains(name) ? e.about(name, null) : e;
        }
    }

    /** The text frame carrying {@code message}. */
    public static String write(SignalMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("cmd", message.cmd());
        ObjectNode data = root.putObject("data");
        data.put("type", message.typeName());
        if (message instanceof LinkMicMessage m) {
            put(data, "roomID", m.roomId());
            put(data, "userID", m.userId());
            put(data, "userName", m.userName());
            put(data, "targetID", m.targetId());
            put(data, "reason", m.reason());
            put(data, "result", m.result());
            data.put("timestamp", m.timestamp());
        } else if (message instanceof PkMessage m) {
            put(data, "action", m.action());
            put(data, "roomID", m.roomId());
            put(data, "userID", m.userId());
            put(data, "targetID", m.targetId());
            put(data, "accelerateURL", m.accelerateUrl());
            put(data, "result", m.result());
            put(data, "reason", m.reason());
            data.put("timestamp", m.timestamp());
        } else if (message instanceof RoomCommand m) {
            put(data, "roomID", m.roomId());
        } else if (message instanceof RoomState m) {
            put(data, "roomID", m.roomId());
            put(data, "owner", m.owner());
            if (m.type() == RoomState.Type.JOINED || m.type() == RoomState.Type.MEMBERS) {
                putIds(data, "members", m.members());
                putIds(data, "coAnchors", m.coAnchors());
            }
            put(data, "pkWith", m.pkWith());
            put(data, "reason", m.reason());
            data.put("timestamp", m.timestamp());
        } else if (message instanceof SignalError m) {
            put(data, "code", m.code());
            put(data, "message", m.message());
            put(data, "refusedCmd", m.refusedCmd());
            put(data, "refusedType", m.refusedType());
            data.put("timestamp", m.timestamp());
        }
        return root.toString();
    }

    private static LinkMicMessage linkMic(Data data) {
        LinkMicMessage.Type type = data.type(LinkMicMessage.Type.class);
        return data.build(WireName.of(type), LINKMIC_FIELDS, () -> new LinkMicMessage(type,
                data.text("roomID"), data.text("userID"), data.text("userName"), data.text("targetID"),
                data.text("reason"), data.choice("result", Answer.class), data.millis()));
    }

    private static PkMessage pk(Data data) {
        PkMessage.Type type = data.type(PkMessage.Type.class);
        return data.build(WireName.of(type), PK_FIELDS, () -> new PkMessage(type,
                data.choice("action", PkMessage.Action.class), data.text("roomID"), data.text("userID"),
                data.text("targetID"), data.text("accelerateURL"), data.choice("result", Answer.class),
                data.text("reason"), data.millis()));
    }

    private static SignalMessage room(Data data) {
        String type = data.typeText();
        if (type.equals("error")) {
            return data.build(type, ERROR_FIELDS, () -> new SignalError(
                    data.choice("code", SignalErrorCode.class), data.text("message"), data.text("refusedCmd"),
                    data.text("refusedType"), data.millis()));
        }
        for (RoomCommand.Type command : RoomCommand.Type.values()) {
            if (WireName.of(command).equals(type)) {
                return data.build(type, ROOM_COMMAND_FIELDS, () -> new RoomCommand(command, data.text("roomID")));
            }
        }
        RoomState.Type state = data.type(RoomState.Type.class, "join, leave, error");
        boolean listed = state == RoomState.Type.JOINED || state == RoomState.Type.MEMBERS;
        return data.build(type, ROOM_STATE_FIELDS, () -> new RoomState(state, data.text("roomID"),
                data.text("owner"), data.ids("members", listed), data.ids("coAnchors", listed), data.text("pkWith"),
                data.text("reason"), data.millis()));
    }

    private static JsonNode readTree(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
            if (why.length() > MAX_JSON_COMPLAINT) {
                why = why.substring(0, MAX_JSON_COMPLAINT) + "…";
            }
            throw new SignalFormatException(SignalErrorCode.BAD_JSON, "not valid JSON" + where + ": " + why);
        }
    }

    private static void onlyFields(JsonNode node, Set<String> accepted, String context) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!accepted.contains(name)) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE, "unknown field " + Fields.quote(name)
                        + " in " + context + "; its fields are " + String.join(", ", accepted.stream().sorted()
                        .toList()) + " (names are case-sensitive)");
            }
        }
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static void put(ObjectNode data, String field, String value) {
        if (value != null) {
            data.put(field, value);
        }
    }

    private static void put(ObjectNode data, String field, Enum<?> value) {
        if (value != null) {
            data.put(field, WireName.of(value));
        }
    }

    private static void putIds(ObjectNode data, String field, List<String> ids) {
        ArrayNode array = data.putArray(field);
        ids.forEach(array::add);
    }

    /** The {@code data} object of one message, read field by field with complaints that name the field. */
    private static final class Data {
        private final String cmd;
        private final JsonNode node;
        private String context;

        Data(String cmd, JsonNode node) {
            this.cmd = cmd;
            this.node = node;
            this.context = cmd + " data";
        }

        String typeText() {
            JsonNode type = node.get("type");
            if (type == null || !type.isTextual()) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                        cmd + " data needs \"type\" as a string");
            }
            return type.asText();
        }

        <E extends Enum<E>> E type(Class<E> type) {
            return WireName.parse(type, typeText(), cmd + " type", SignalErrorCode.UNKNOWN_COMMAND);
        }

        /** For {@code room}, whose types come from two enums: {@code others} lists the rest of the accepted ones. */
        <E extends Enum<E>> E type(Class<E> type, String others) {
            try {
                return type(type);
            } catch (SignalFormatException e) {
                throw new SignalFormatException(e.code(), e.getMessage() + ", " + others);
            }
        }

        /** Checks the fields, then builds; any complaint is tagged with this message's cmd and type. */
        <T> T build(String type, Set<String> accepted, Supplier<T> builder) {
            context = cmd + " " + type;
            try {
                onlyFields(node, accepted, context);
                return builder.get();
            } catch (SignalFormatException e) {
                throw e.about(cmd, type);
            }
        }

        String text(String field) {
            JsonNode value = present(field);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                        field + " must be a string, was a " + kind(value));
            }
            return value.asText();
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            String value = text(field);
            return value == null ? null : WireName.parse(type, value, field, SignalErrorCode.INVALID_FIELD);
        }

        long millis() {
            JsonNode value = present("timestamp");
            if (value == null) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                        context + " needs timestamp: the time it was sent, in milliseconds since 1970-01-01 UTC");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                        "timestamp must be a whole number of milliseconds since 1970-01-01 UTC, was a " + kind(value));
            }
            return value.asLong();
        }

        List<String> ids(String field, boolean required) {
            JsonNode value = present(field);
            if (value == null) {
                if (required) {
                    throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE, context + " needs " + field);
                }
                return List.of();
            }
            if (!value.isArray()) {
                throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                        field + " must be an array of user IDs, was a " + kind(value));
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode id : value) {
                if (!id.isTextual()) {
                    throw new SignalFormatException(SignalErrorCode.BAD_MESSAGE,
                            field + " must hold strings, found a " + kind(id));
                }
                ids.add(id.asText());
            }
            return ids;
        }

        /** The field's value; null when it is absent or JSON null. */
        private JsonNode present(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value;
        }
    }
}
