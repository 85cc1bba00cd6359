package studio.coanchor.linkmic;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants travel as their names in lower case: {@code REQUEST} is "request", {@code ROOM_FULL} "room_full". */
final class WireName {
    private WireName() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String what, SignalErrorCode unknown) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        throw new SignalFormatException(unknown, "unknown " + what + " " + Fields.quote(value) + "; accepted: "
                + Arrays.stream(type.getEnumConstants()).map(WireName::of).collect(Collectors.joining(", ")));
    }
}
