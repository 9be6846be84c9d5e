package dk.samskab.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum value of a request field, refusing an unknown one with the values it may take. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E read(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** Whether the value is one of the enum's, for collecting several field errors at once. */
    static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
        return value == null || value.isBlank()
                || Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equalsIgnoreCase(value.strip()));
    }
}
