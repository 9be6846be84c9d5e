package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Courses as zips: a round trip changes nothing; unsafe or broken zips are refused before anything is written. */
class CourseZipTest {

    private static CourseDefinition miniCourse() {
        return new CourseFolderReader(ContentFaults.FIXTURE, ReferenceProviders::hoursPerEcts)
                .read(ContentFaults.FIXTURE.resolve("mini-course")).course();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String problems(CourseFolderReader.Result result) {
        return String.join("\n", result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aCourseZippedAndReadBackIsTheSameCourse() {
        CourseDefinition course = miniCourse();
        CourseFolderReader.Result back = CourseZip.read(CourseZip.zip(course), ReferenceProviders::hoursPerEcts);
        assertTrue(back.ok(), problems(back));
        assertEquals(course, back.course());
    }

    @Test
    void theCoursesFilesTravelInItsFilesFolderAndAreNoModule() {
        CourseDefinition course = miniCourse();
        byte[] zipped = CourseZip.zip(course, Map.of("kort.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        CourseFolderReader.Result back = CourseZip.read(zipped, ReferenceProviders::hoursPerEcts);
        assertTrue(back.ok(), problems(back));
        assertEquals(course, back.course());
        assertEquals(List.of("kort.png"), List.copyOf(CourseZip.files(zipped).keySet()));
        assertEquals(4, CourseZip.files(zipped).get("kort.png").length);
    }

    @Test
    void anEntryThatClimbsOutOfTheFolderIsRefusedAndNothingIsWrittenOutside() throws IOException {
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), "samskab-zip-slip-" + System.nanoTime() + ".txt");
        byte[] evil = zip(Map.of("../" + outside.getFileName(), "owned".getBytes(StandardCharsets.UTF_8)));
        CourseFolderReader.Result result = CourseZip.read(evil, ReferenceProviders::hoursPerEcts);
        assertFalse(result.ok());
        assertTrue(problems(result).contains("leads outside the course folder"), problems(result));
        assertFalse(Files.exists(outside));
        assertFalse(CourseZip.read(zip(Map.of("/etc/samskab.txt", new byte[] {1})), ReferenceProviders::hoursPerEcts).ok());
    }

    @Test
    void anOversizedEntryIsRefusedWhileUnpacking() throws IOException {
        byte[] big = new byte[(int) CourseZip.MAX_ENTRY_BYTES + 1];
        CourseFolderReader.Result result = CourseZip.read(zip(Map.of("kursus/course.yaml", big)), ReferenceProviders::hoursPerEcts);
        assertTrue(problems(result).contains("larger than 5 MB"), problems(result));
    }

    @Test
    void badYamlIsReportedWithFileAndLine() throws IOException {
        byte[] broken = zip(Map.of("min-100/course.yaml", "code: MIN-100\nformat: \"self_paced\n".getBytes(StandardCharsets.UTF_8)));
        CourseFolderReader.Result result = CourseZip.read(broken, ReferenceProviders::hoursPerEcts);
        assertTrue(problems(result).contains("course.yaml:") && problems(result).contains("invalid YAML"), problems(result));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        CourseFolderReader.Result result = CourseZip.read("not a zip".getBytes(StandardCharsets.UTF_8), ReferenceProviders::hoursPerEcts);
        assertEquals(List.of("zip:1: not a zip file, or an empty one"), result.problems().stream().map(Problem::toString).toList());
    }
}
