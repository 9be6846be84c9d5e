package dk.samskab.platform;

import java.io.Serializable;
import java.util.Locale;

/** A text a learner sees, in Danish and English. */
public record Text(String da, String en) implements Serializable {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : da;
    }
}
