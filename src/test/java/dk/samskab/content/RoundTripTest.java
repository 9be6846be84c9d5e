package dk.samskab.content;

import dk.samskab.catalogue.ContentJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files → definition → files → definition, and definition → stored JSON → definition, change nothing. */
class RoundTripTest {

    @Test
    void exportedCoursesReadBackIdentically(@TempDir Path exported) throws IOException {
        CourseExporter exporter = new CourseExporter();
        CourseFolderReader reader = new CourseFolderReader(exported, ReferenceProviders::hoursPerEcts);
        for (CourseDefinition course : ShippedCoursesTest.readAll()) {
            Path folder = exported.resolve(course.code().toLowerCase());
            exporter.write(course, folder);

            CourseFolderReader.Result again = reader.read(folder);
            assertTrue(again.ok(), course.code() + ": " + again.problems());
            assertEquals(course, again.course(), course.code() + " differs after export and import");
        }
    }

    @Test
    void aStoredVersionIsParsedOnceAndShared() throws IOException {
        CourseDefinition course = ShippedCoursesTest.readAll().get(0);
        String json = ContentJson.toJson(course);
        String hash = ContentJson.hash(json);
        CourseDefinition first = ContentJson.definition(hash, json);
        assertEquals(course, first);
        assertTrue(first == ContentJson.definition(hash, json), "the same immutable version is not parsed again");
    }

    @Test
    void theStoredJsonDocumentGivesBackTheSameCourseAndHash() throws IOException {
        for (CourseDefinition course : ShippedCoursesTest.readAll()) {
            String json = ContentJson.toJson(course);
            CourseDefinition back = ContentJson.fromJson(json);
            assertEquals(course, back, course.code());
            assertEquals(ContentJson.hash(json), ContentJson.hash(ContentJson.toJson(back)));
        }
    }

    @Test
    void theFixtureWithEveryPartOfTheFormatReadsBackIdentically(@TempDir Path root) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root.resolve("in"));
        CourseDefinition course = new CourseFolderReader(root.resolve("in"), ReferenceProviders::hoursPerEcts)
                .read(root.resolve("in/mini-course")).course();
        assertEquals(1, course.documents().size(), "the fixture has a document");
        assertEquals(2, course.readingList().size());
        Path out = root.resolve("out");
        new CourseExporter().write(course, out.resolve("mini-course"));
        assertTrue(Files.isRegularFile(out.resolve("mini-course/documents/01-fremmoededag.en.md")));
        CourseFolderReader.Result again = new CourseFolderReader(out, ReferenceProviders::hoursPerEcts).read(out.resolve("mini-course"));
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(course, again.course());
        assertEquals(course, ContentJson.fromJson(ContentJson.toJson(course)));
    }

    @Test
    void aVersionStoredBeforeCriteriaNamedOutcomesIsStillRead() throws IOException {
        // The shape of a rubric in versions published before the reading list and grade descriptors existed.
        String json = ContentJson.toJson(ShippedCoursesTest.readAll().get(4))
                .replaceAll("\\{\"outcomes\":\\[[^\\]]*\\],\"text\":(\\{\"da\":\"[^\"]*\",\"en\":\"[^\"]*\"\\})\\}", "$1");
        assertTrue(json.contains("\"rubric\":[{\"da\""), "the old shape is built");
        CourseDefinition old = ContentJson.fromJson(json);
        assertEquals(5, old.assessment().finalAssignment().rubric().size());
        assertTrue(old.assessment().finalAssignment().rubric().stream().allMatch(c -> c.text().da() != null && c.outcomes().isEmpty()));
    }
}
