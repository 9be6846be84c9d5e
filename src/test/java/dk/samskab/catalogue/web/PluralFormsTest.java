package dk.samskab.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The bundle texts that count things say one in the singular and more in the plural, in Danish
 * and in English, formatted as the pages format them (MessageFormat in the page's language).
 */
class PluralFormsTest {

    private static String format(String language, String key, Object value) {
        Locale locale = Locale.forLanguageTag(language);
        return new MessageFormat(ResourceBundle.getBundle("dk.samskab.i18n.messages", locale).getString(key), locale)
                .format(new Object[] {value});
    }

    private static List<String> forms(String language, String key, Object... values) {
        return java.util.Arrays.stream(values).map(v -> format(language, key, v)).toList();
    }

    @Test
    void seatsLessonsWeeksAndHoursAreCountedInTheSingularAndThePlural() {
        assertEquals(List.of("Ingen ledige pladser", "1 ledig plads", "2 ledige pladser"), forms("da", "enrol.seatsLeft", 0L, 1L, 2L));
        assertEquals(List.of("No seats left", "1 seat left", "2 seats left"), forms("en", "enrol.seatsLeft", 0L, 1L, 2L));
        assertEquals(List.of("(1 lektion)", "(3 lektioner)"), forms("da", "course.lessonCount", 1, 3));
        assertEquals(List.of("(1 lesson)", "(3 lessons)"), forms("en", "course.lessonCount", 1, 3));
        assertEquals(List.of("1 uge", "12 uger"), forms("da", "course.weeks", 1, 12));
        assertEquals(List.of("1 week", "12 weeks"), forms("en", "course.weeks", 1, 12));
        assertEquals(List.of("1 time", "3 timer", "137,5 timer"), forms("da", "catalogue.hours", BigDecimal.ONE, new BigDecimal("3"),
                new BigDecimal("137.5")));
        assertEquals(List.of("1 hour", "3 hours", "137.5 hours"), forms("en", "catalogue.hours", BigDecimal.ONE, new BigDecimal("3"),
                new BigDecimal("137.5")));
    }

    @Test
    void whatIsLeftIsCountedInTheSingularAndThePlural() {
        assertEquals(List.of("1 quiz", "3 quizzer"), forms("da", "path.count.QUIZ", 1, 3));
        assertEquals(List.of("1 quiz", "3 quizzes"), forms("en", "path.count.QUIZ", 1, 3));
        assertEquals(List.of("1 lektion", "2 lektioner"), forms("da", "path.count.LESSON", 1, 2));
        assertEquals(List.of("1 refleksionsopgave", "4 refleksionsopgaver"), forms("da", "path.count.REFLECTION", 1, 4));
        assertEquals(List.of("1 reflection task", "4 reflection tasks"), forms("en", "path.count.REFLECTION", 1, 4));
        assertEquals(List.of("1 minut", "25 minutter", "1 time", "2 timer"),
                List.of(format("da", "time.minutes", 1), format("da", "time.minutes", 25), format("da", "time.hours", 1L),
                        format("da", "time.hours", 2L)));
        assertEquals(List.of("1 minute", "25 minutes", "1 hour", "2 hours"),
                List.of(format("en", "time.minutes", 1), format("en", "time.minutes", 25), format("en", "time.hours", 1L),
                        format("en", "time.hours", 2L)));
    }
}
