package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.elearning.ElearningPackage;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.testsupport.ElearningCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson that launches an e-learning package, in the course-content format: the zip beside the
 * lesson's text files, checked in full when the course is read, and written back on export.
 */
class PackageLessonTest {

    private static final Path ELEARNING = Path.of("src/test/resources/elearning");
    private static final String MODULE = "mini-course/01-grundbegreber/";

    @Test
    void aLessonWithAScormPackageReadsItsPackageAndKey(@TempDir Path root) throws IOException {
        CourseFolderReader.Result result = read(withPackageLesson(root, zipOf("scorm12/RuntimeBasicCalls_SCORM12")));
        assertTrue(result.ok(), result.problems().toString());
        ModuleDefinition.Lesson lesson = result.course().modules().get(0).lessons().get(1);
        assertTrue(lesson.isElearning());
        assertEquals("02-golf.zip", lesson.elearning().file());
        ElearningPackage found = result.packages().get(lesson.elearning().packageKey());
        assertNotNull(found, "the reader hands on the checked package under the lesson's key");
        assertEquals(PackageStandard.SCORM_12, found.standard());
        assertEquals(found.contentHash(), lesson.elearning().packageKey());
        assertNull(result.course().modules().get(0).lessons().get(0).elearning(), "a text lesson has none");
    }

    @Test
    void aBrokenPackageIsRefusedWithItsOwnProblemsInBothLanguages(@TempDir Path root) throws IOException {
        CourseFolderReader.Result result = read(withPackageLesson(root, zipOf("scorm12/MalformedXml_SCORM12")));
        assertFalse(result.ok());
        Problem problem = result.problems().get(0);
        assertEquals(MODULE + "02-golf.zip", problem.file());
        assertTrue(problem.message(Locale.forLanguageTag("da")).startsWith("E-læringspakken kan ikke bruges: "),
                problem.message(Locale.forLanguageTag("da")));
        assertTrue(problem.message(Locale.ENGLISH).startsWith("the e-learning package cannot be used: "), problem.message());
        assertTrue(problem.message(Locale.ENGLISH).contains("imsmanifest.xml"), problem.message());
    }

    @Test
    void cmi5AndTinCanPackagesAreLessonsToo(@TempDir Path root) throws IOException {
        byte[] cmi5 = Files.readAllBytes(ELEARNING.resolve("cmi5/single_au_basic_responsive.zip"));
        CourseFolderReader.Result accepted = read(withPackageLesson(root.resolve("cmi5"), cmi5));
        assertTrue(accepted.ok(), accepted.problems().toString());
        assertEquals(PackageStandard.CMI5, accepted.packages().values().iterator().next().standard());

        byte[] tinCan = ElearningCourse.zip(ElearningCourse.folder("xapi/basic_course"));
        CourseFolderReader.Result tinCanRead = read(withPackageLesson(root.resolve("tincan"), tinCan));
        assertTrue(tinCanRead.ok(), tinCanRead.problems().toString());
        assertEquals(PackageStandard.TIN_CAN, tinCanRead.packages().values().iterator().next().standard());
    }

    @Test
    void aMissingZipIsNamedWhereTheLessonListsIt(@TempDir Path root) throws IOException {
        Path folder = withPackageLesson(root, zipOf("scorm12/RuntimeBasicCalls_SCORM12"));
        Files.delete(folder.resolve("01-grundbegreber/02-golf.zip"));
        CourseFolderReader.Result result = read(folder);
        assertEquals(List.of("module.noPackage"), result.problems().stream().map(Problem::key).toList());
        assertEquals(MODULE + "module.yaml", result.problems().get(0).file());
    }

    @Test
    void anExportedCourseCarriesItsPackageAndReadsBackToTheSameKey(@TempDir Path root) throws IOException {
        CourseFolderReader.Result first = read(withPackageLesson(root, zipOf("scorm2004/RuntimeBasicCalls_SCORM20043rdEdition")));
        assertTrue(first.ok(), first.problems().toString());
        CourseDefinition course = first.course();
        String key = course.modules().get(0).lessons().get(1).elearning().packageKey();
        Path out = root.resolve("out/mini-course");
        new CourseExporter(asked -> zipOf(first.packages().get(asked))).write(course, out);
        assertTrue(Files.readString(out.resolve("01-grundbegreber/module.yaml")).contains("package: 02-golf.zip"));

        CourseFolderReader.Result again = new CourseFolderReader(root.resolve("out"), ReferenceProviders::hoursPerEcts).read(out);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(course, again.course(), "the same course, the same package key");
        assertEquals(key, again.course().modules().get(0).lessons().get(1).elearning().packageKey());
    }

    /** The mini course with a second lesson that launches the package: an introduction and the package's time as an activity. */
    private static Path withPackageLesson(Path root, byte[] zip) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root.resolve("in"));
        Path module = root.resolve("in/" + MODULE);
        Files.write(module.resolve("02-golf.zip"), zip);
        for (String language : List.of("da", "en")) {
            Files.writeString(module.resolve("02-golf." + language + ".md"), "---\ntitle: Golf\n---\n\n"
                    + ("da".equals(language) ? "Gennemfør øvelsen om golf." : "Complete the exercise about golf.") + "\n");
        }
        String yaml = Files.readString(module.resolve("module.yaml"));
        yaml = yaml.replace("reflection:\n", """
                  - file: 02-golf
                    minutes: 2
                    required: true
                    package: 02-golf.zip
                    activities:
                      - minutes: 2
                        what:
                          da: Gennemfør e-læringen
                          en: Complete the e-learning
                reflection:
                """);
        Files.writeString(module.resolve("module.yaml"), yaml);
        return root.resolve("in/mini-course");
    }

    private static CourseFolderReader.Result read(Path course) {
        return new CourseFolderReader(course.getParent(), ReferenceProviders::hoursPerEcts).read(course);
    }

    private static byte[] zipOf(String fixture) {
        return ElearningCourse.zip(ElearningCourse.folder(fixture));
    }

    private static byte[] zipOf(ElearningPackage found) {
        return ElearningCourse.zip(found.files());
    }
}
