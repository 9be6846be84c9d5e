package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import java.io.IOException;
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
}
