package dk.samskab.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samskab.enrolment.BulkCsv;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bulk enrolment's problems write numbers the way the page's language does, whatever the server's default. */
class BulkProblemTextTest {

    private static final BulkCsv.Problem TOO_MANY = new BulkCsv.Problem(20_002, "tooMany", "20000");

    @Test
    void danishHasFullStopsBetweenThousands() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertEquals("Linje 20.002: filen har over 20.000 personer. Del den op.",
                    BulkEnrolmentPage.describe(TOO_MANY, Locale.forLanguageTag("da")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishHasCommasBetweenThousandsAndAnOrganisationCodeIsNeverReformatted() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        try {
            assertEquals("Line 20,002: the file has more than 20,000 people. Split it up.",
                    BulkEnrolmentPage.describe(TOO_MANY, Locale.ENGLISH));
            assertEquals("Line 1,203: there is no organisation \"12345\".",
                    BulkEnrolmentPage.describe(new BulkCsv.Problem(1203, "organisationUnknown", "12345"), Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }
}
