package studio.coanchor.encode;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The command-line spelling of this package's enums: the constant's name, matched case-insensitively. */
final class EnumNames {
    private EnumNames() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'; valid values: " + valid);
    }
}
