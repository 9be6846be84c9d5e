package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.WorkloadItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course rules speak Danish and English alike, and name fields as an author knows them. */
class RuleMessagesTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/dk/samskab/content/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyRuleAndFieldHasADanishAndAnEnglishText() throws IOException {
        Properties english = bundle("rules.properties");
        Properties danish = bundle("rules_da.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(danish.stringPropertyNames()));
        Set<String> sameInBoth = Set.of("field.id", "field.quiz", "field.note");
        for (String key : english.stringPropertyNames()) {
            if (!sameInBoth.contains(key)) {
                assertNotEquals(english.getProperty(key), danish.getProperty(key), key + " is translated");
            }
        }
    }

    @Test
    void everyRuleMessageFormatsWithoutLeftoversInBothLanguages() throws IOException {
        List<String> args = List.of("A1", "B2", "C3", "D4", "E5", "F6", "G7", "H8", "I9");
        for (String key : bundle("rules.properties").stringPropertyNames()) {
            if (key.startsWith("field.")) {
                continue;
            }
            for (Locale locale : List.of(Locale.ENGLISH, DANISH)) {
                String text = new Violation("title", key, args, 0).message(locale);
                // An unpaired quote would leave an argument unreplaced, "{0}", behind it.
                assertFalse(text.contains("{") || text.contains("}"), key + " in " + locale + ": " + text);
            }
        }
    }

    @Test
    void aBrokenRuleReadsInTheAuthorsLanguageWhileTheValidatorKeepsEnglish(@TempDir Path root) throws IOException {
        CourseDefinition course = CourseRulesTest.mini(root);
        List<WorkloadItem> tooMuch = course.workloadBreakdown().stream().map(item -> item.kind() == WorkloadItem.Kind.EXAM
                ? new WorkloadItem(item.kind(), item.hours().add(BigDecimal.TEN), item.note()) : item).toList();
        List<Violation> violations = new CourseRules(ReferenceProviders::hoursPerEcts).check(course.withWorkload(course.workloadHours(), tooMuch));

        assertEquals(1, violations.size(), violations.toString());
        Violation sum = violations.get(0);
        assertEquals("the workload_breakdown adds up to 147.5 hours, but workload_hours is 137.5", sum.message());
        assertEquals("Fordelingen giver 147.5 timer i alt, men arbejdsbelastningen er 137.5 timer.", sum.message(DANISH));
        assertEquals("Fordeling af arbejdsbelastning", RuleMessages.fieldName(sum.path(), DANISH));
    }

    @Test
    void fieldPathsAreNamedAsTheAuthorKnowsThem() {
        assertEquals("Modul 2 › Lektion 1 › Minutter", RuleMessages.fieldName("modules[1].lessons[0].minutes", DANISH));
        assertEquals("Module 2 › Lesson 1 › Minutes", RuleMessages.fieldName("modules[1].lessons[0].minutes", Locale.ENGLISH));
        assertEquals("Modul 1 › Quiz › Spørgsmål 3 › Svarmuligheder",
                RuleMessages.fieldName("modules[0].quiz.questions[2].options", DANISH));
        assertEquals("Bedømmelse › Afsluttende opgave › Karakterbeskrivelser",
                RuleMessages.fieldName("assessment.final_assignment.grade_descriptors", DANISH));
        assertEquals("Litteraturliste, tekst 4 › År", RuleMessages.fieldName("reading_list[3].year", DANISH));
    }
}
