package dk.samskab.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reason has its text in both languages, and the texts say where. */
class PackageProblemTest {

    @Test
    void everyReasonHasADanishAndAnEnglishTextThatUsesItsArguments() {
        for (PackageProblem.Reason reason : PackageProblem.Reason.values()) {
            PackageProblem problem = new PackageProblem(reason, "imsmanifest.xml", 3, List.of("A", "B", "C", "D"));
            String english = problem.text(Locale.ENGLISH);
            String danish = problem.text(new Locale("da"));
            assertNotEquals(english, danish, reason.name());
            for (String text : List.of(english, danish)) {
                assertFalse(text.contains("{") || text.contains("''"), reason + ": " + text);
            }
        }
    }

    @Test
    void theTextSaysTheFileAndLineWhenKnown() {
        PackageProblem missing = PackageProblem.at(PackageProblem.Reason.FILE_MISSING, "imsmanifest.xml", 12, "index.html");
        assertEquals("imsmanifest.xml, line 12: The file index.html is named here but is not in the package.",
                missing.text(Locale.UK));
        assertEquals("imsmanifest.xml, linje 12: Filen index.html nævnes her, men findes ikke i pakken.",
                missing.text(Locale.forLanguageTag("da-DK")));
        assertEquals("Filen index.html nævnes her, men findes ikke i pakken.", missing.message(new Locale("da")));
        PackageProblem slip = PackageProblem.at(PackageProblem.Reason.UNSAFE_PATH, "../evil.html", 0);
        assertEquals("../evil.html: Filens sti er absolut eller fører uden for pakken.", slip.text(new Locale("da")));
        assertEquals("The package has more than 10 files and folders.",
                PackageProblem.ofPackage(PackageProblem.Reason.TOO_MANY_ENTRIES, 10).text(Locale.GERMAN));
    }

    @Test
    void theRefusalCarriesEveryProblem() {
        List<PackageProblem> problems = List.of(PackageProblem.ofPackage(PackageProblem.Reason.NO_MANIFEST),
                PackageProblem.at(PackageProblem.Reason.UNSAFE_PATH, "/etc/x", 0));
        PackageRefusedException refused = new PackageRefusedException(problems);
        assertEquals(problems, refused.problems());
        assertEquals(problems.get(0).text(Locale.ENGLISH) + "\n" + problems.get(1).text(Locale.ENGLISH), refused.getMessage());
    }
}
