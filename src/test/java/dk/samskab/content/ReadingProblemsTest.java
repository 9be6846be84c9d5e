package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is wrong in the course files is said in Danish to a Danish reader, and in English to the validator. */
class ReadingProblemsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Path CONTENT_SOURCES = Path.of("src/main/java/dk/samskab/content");
    // A literal such as "yaml.missingField"; file names and field paths ("assessment.scale") are told apart below.
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z]+\\.[a-zA-Z]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReadingProblemsTest.class.getResourceAsStream("/dk/samskab/content/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageKeyInTheContentCodeIsInBothBundles() throws IOException {
        Properties english = bundle("rules.properties");
        Properties danish = bundle("rules_da.properties");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = DOTTED_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (!text.matches(".*\\.(yaml|md)") && !namesFields(text, english)) {
                        keys.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertTrue(keys.size() > 80, "the scan finds the keys: " + keys);
        List<String> missing = keys.stream().filter(k -> {
            String key = k.substring(k.indexOf(": ") + 2);
            return !english.containsKey(key) || !danish.containsKey(key);
        }).toList();
        assertEquals(List.of(), missing, "keys without a text in rules.properties and rules_da.properties");
    }

    /** A field path such as "assessment.scale": every segment is a field the bundle names. */
    private static boolean namesFields(String text, Properties bundle) {
        return Stream.of(text.split("\\.")).allMatch(segment -> bundle.containsKey("field." + segment));
    }

    @Test
    void aReadingProblemIsSaidInDanishWithItsFileAndLine(@TempDir Path root) throws IOException {
        List<Problem> problems = problemsAfterEditing(root, ContentFaults.MODULE, "minutes: 15", "minutes: femten");

        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        String at = ContentFaults.MODULE + ":" + problem.line() + ": ";
        assertEquals(at + "'minutes' must be a whole number, not 'femten'", problem.toString());
        assertEquals(at + "Feltet «minutes» skal være et helt tal, ikke «femten».", problem.toString(DANISH));
        assertEquals(List.of(at + "Feltet «minutes» skal være et helt tal, ikke «femten»."),
                ImportReport.failed(problems).problems(DANISH));
    }

    @Test
    void aTagDeepInsideTheFileIsReportedOnce(@TempDir Path root) throws IOException {
        List<Problem> problems = problemsAfterEditing(root, ContentFaults.COURSE, "scale: seven_point",
                "scale: !!java.io.File seven_point");

        assertEquals(1, problems.stream().filter(p -> p.key().equals("yaml.tag")).count(), problems.toString());
        String danish = ": YAML-mærket tag:yaml.org,2002:java.io.File understøttes ikke.";
        assertTrue(problems.stream().anyMatch(p -> p.toString(DANISH).endsWith(danish)), problems.toString());
    }

    /** The fixture course read after the first occurrence of a text in one of its files is replaced. */
    private static List<Problem> problemsAfterEditing(Path root, String file, String from, String to) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root);
        Path edited = root.resolve(file);
        Files.writeString(edited, Files.readString(edited).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return new CourseFolderReader(root, ReferenceProviders::hoursPerEcts).read(root.resolve("mini-course")).problems();
    }

    @Test
    void everyFaultInTheCorpusReadsInDanish(@TempDir Path temp) throws IOException {
        int copies = 0;
        for (ContentFaults.Fault fault : ContentFaults.all()) {
            Path root = Files.createDirectory(temp.resolve(Integer.toString(++copies)));
            ContentFaults.brokenCopy(fault, root);
            List<Problem> problems = new CourseFolderReader(root, ReferenceProviders::hoursPerEcts)
                    .read(root.resolve("mini-course")).problems();
            for (Problem problem : problems) {
                String danish = problem.message(DANISH);
                assertNotEquals(problem.message(), danish, fault + ": " + problem.key() + " has a Danish text");
                assertFalse(danish.contains("{") || danish.contains("''"), fault + ": " + danish);
            }
        }
    }

    @Test
    void anImportOfAMissingFolderSaysSoInDanish() {
        ImportReport report = new CourseImporter(null).importFolder(Path.of("findes-ikke"), "test");

        assertEquals(List.of("findes-ikke:1: the course-content folder does not exist"), report.problems(Locale.ENGLISH));
        assertEquals(List.of("findes-ikke:1: Mappen med kursusindhold findes ikke."), report.problems(DANISH));
    }
}
