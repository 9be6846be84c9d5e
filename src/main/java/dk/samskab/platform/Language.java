package dk.samskab.platform;

import java.util.Locale;

/** The languages the product speaks. Danish first. */
public enum Language {
    DA,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return "en".equalsIgnoreCase(code) ? EN : DA;
    }
}
