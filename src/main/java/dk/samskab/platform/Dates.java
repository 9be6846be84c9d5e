package dk.samskab.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Calendar dates as the product uses them: Danish days, written one way in the reader's language. */
public final class Dates {

    /** The zone's name, for annotations such as a schedule's time zone. */
    public static final String DENMARK_ZONE = "Europe/Copenhagen";

    /** Cohorts start and end on Danish calendar days, whatever zone the server runs in. */
    public static final ZoneId DENMARK = ZoneId.of(DENMARK_ZONE);

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(DENMARK);
    }

    /**
     * A date written out in full: "2. december 2026" in Danish, "2 December 2026" in English
     * (the British order, closer to the Danish than the American).
     */
    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        Locale style = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(style).format(date);
    }
}
