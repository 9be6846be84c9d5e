package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECTS and workload rule: ECTS × the provider's hours per ECTS, within ±10 %. */
class CourseRulesTest {

    private static CourseDefinition mini(Path root) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root);
        return new CourseFolderReader(root, ReferenceProviders::hoursPerEcts).read(root.resolve("mini-course")).course();
    }

    private static CourseDefinition withWorkload(CourseDefinition c, String hours) {
        return new CourseDefinition(c.code(), c.title(), c.summary(), c.description(), c.audiences(), c.sectorAreas(),
                c.competenceThemes(), c.format(), c.durationWeeks(), new BigDecimal(hours), c.ects(),
                c.qualificationLevel(), c.awardingProvider(), c.learningOutcomes(), c.assessment(), c.modules());
    }

    private static List<Violation> check(CourseDefinition course, String hoursPerEcts) {
        return new CourseRules(code -> Optional.of(new BigDecimal(hoursPerEcts))).check(course);
    }

    @Test
    void workloadWithinTenPerCentOfEctsTimesHoursIsAccepted(@TempDir Path root) throws IOException {
        CourseDefinition course = mini(root);
        assertTrue(check(withWorkload(course, "137.5"), "27.5").isEmpty());
        assertTrue(check(withWorkload(course, "151"), "27.5").isEmpty(), "+9.8 %");
        assertTrue(check(withWorkload(course, "124"), "27.5").isEmpty(), "-9.8 %");
    }

    @Test
    void workloadFurtherOffIsRefusedOnTheWorkloadField(@TempDir Path root) throws IOException {
        CourseDefinition course = mini(root);
        List<Violation> tooMuch = check(withWorkload(course, "152"), "27.5");
        assertEquals(1, tooMuch.size());
        assertEquals("workload_hours", tooMuch.get(0).path());
        assertTrue(check(withWorkload(course, "123"), "27.5").size() == 1, "-10.5 %");
    }

    @Test
    void theProvidersOwnHoursPerEctsAreUsed(@TempDir Path root) throws IOException {
        CourseDefinition course = withWorkload(mini(root), "125");
        assertEquals(1, check(course, "30").size(), "5 × 30 = 150 hours; 125 is 16.7 % off");
        assertTrue(check(course, "25").isEmpty(), "5 × 25 = 125 hours");
    }
}
