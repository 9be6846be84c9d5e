package dk.samskab.catalogue;

import java.util.Locale;

/** Enums written in course files as lower-case words with underscores (municipal_professional). */
public interface CodedValue {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
