package dk.samskab.content;

import dk.samskab.catalogue.ContentJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing course-content into real MariaDB: all or nothing, idempotent, versioned, round-trip safe. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseImportIT {

    /** The courses shipped in course-content/: one folder each. */
    private static final long SHIPPED = 6;

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrate() {
        factory = StandaloneJpa.migratedSchema("samskab_content");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static ImportReport importFolder(Path root) {
        return StandaloneJpa.inTransaction(factory, em -> new CourseImporter(em).importFolder(root, "test"));
    }

    private static long count(String entity) {
        return StandaloneJpa.inTransaction(factory, em ->
                em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }

    @Test
    @Order(1)
    void theShippedCoursesImportCleanly() {
        ImportReport report = importFolder(ShippedCoursesTest.CONTENT);
        assertTrue(report.succeeded(), report.toString());
        assertEquals(List.of("EVA-202", "FAC-102", "FRI-001", "LED-201", "PAR-001", "SAM-101"), report.created());
        assertEquals(SHIPPED, count("Course"));
        assertEquals(SHIPPED, count("CourseVersion"));
    }

    @Test
    @Order(2)
    void importingTheSameFilesAgainChangesNothing() {
        ImportReport again = importFolder(ShippedCoursesTest.CONTENT);
        assertTrue(again.succeeded(), again.toString());
        assertEquals(SHIPPED, again.unchanged().size());
        assertTrue(again.created().isEmpty() && again.newVersions().isEmpty(), again.toString());
        assertEquals(SHIPPED, count("CourseVersion"));
    }

    @Test
    @Order(3)
    void aChangedLessonPublishesANewVersionAndKeepsTheOld(@TempDir Path copy) throws IOException {
        ContentFaults.copy(ShippedCoursesTest.CONTENT, copy);
        Path lesson = copy.resolve("frivillig-i-samarbejde-med-kommunen/01-kommunen-og-dig");
        Path danish;
        try (Stream<Path> files = Files.list(lesson)) {
            danish = files.filter(f -> f.toString().endsWith(".da.md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(danish, Files.readString(danish) + "\nEt nyt afsnit om kommunens frivilligkoordinator.\n",
                StandardCharsets.UTF_8);

        ImportReport report = importFolder(copy);

        assertEquals(List.of("FRI-001 v2"), report.newVersions(), report.toString());
        assertEquals(SHIPPED - 1, report.unchanged().size());
        List<CourseVersion> versions = StandaloneJpa.inTransaction(factory, em ->
                em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", "FRI-001").getResultList());
        assertEquals(List.of(2, 1), versions.stream().map(CourseVersion::getVersionNumber).toList());
        assertTrue(versions.get(0).getContentJson().contains("kommunens frivilligkoordinator"));
        assertFalse(versions.get(1).getContentJson().contains("kommunens frivilligkoordinator"),
                "version 1 is never changed by a later publication");
    }

    static Stream<ContentFaults.Fault> faults() {
        return ContentFaults.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Order(4)
    void aBrokenFolderImportsNothingAtAll(ContentFaults.Fault fault, @TempDir Path root) throws IOException {
        ContentFaults.brokenCopy(fault, root);
        long courses = count("Course");
        long versions = count("CourseVersion");

        ImportReport report = importFolder(root);

        assertFalse(report.succeeded(), fault.name());
        String expected = fault.file() + ":" + ContentFaults.lineOf(root, fault) + ": ";
        assertTrue(report.problems().stream().anyMatch(p -> p.toString().startsWith(expected)
                && p.message().contains(fault.message())), expected + fault.message() + " not in " + report.problems());
        assertEquals(courses, count("Course"), "no course written");
        assertEquals(versions, count("CourseVersion"), "no version written");
    }

    @Test
    @Order(5)
    void everyCourseExportedFromTheDatabaseImportsBackUnchanged(@TempDir Path exported) throws IOException {
        List<CourseDefinition> stored = StandaloneJpa.inTransaction(factory, em ->
                em.createNamedQuery(CourseVersion.LATEST_OF_EACH, CourseVersion.class).getResultList().stream()
                        .map(v -> ContentJson.fromJson(v.getContentJson())).toList());
        CourseExporter exporter = new CourseExporter();
        for (CourseDefinition course : stored) {
            exporter.write(course, exported.resolve(course.code().toLowerCase()));
        }
        long versions = count("CourseVersion");

        ImportReport report = importFolder(exported);

        assertTrue(report.succeeded(), report.toString());
        assertEquals(SHIPPED, report.unchanged().size(), report.toString());
        assertEquals(versions, count("CourseVersion"));
    }
}
