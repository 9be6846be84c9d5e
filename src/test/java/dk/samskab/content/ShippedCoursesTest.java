package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every course shipped in course-content/ reads without a single problem and meets the content bar. */
class ShippedCoursesTest {

    static final Path CONTENT = Path.of("course-content");

    static List<CourseDefinition> readAll() throws IOException {
        CourseFolderReader reader = new CourseFolderReader(CONTENT, ReferenceProviders::hoursPerEcts);
        try (Stream<Path> folders = Files.list(CONTENT)) {
            return folders.filter(Files::isDirectory).sorted().map(folder -> {
                CourseFolderReader.Result result = reader.read(folder);
                assertTrue(result.ok(), folder + " has problems:\n" + String.join("\n",
                        result.problems().stream().map(Problem::toString).toList()));
                return result.course();
            }).toList();
        }
    }

    @Test
    void allSixCoursesReadCleanly() throws IOException {
        List<String> codes = readAll().stream().map(CourseDefinition::code).sorted().toList();
        assertEquals(List.of("EVA-202", "FAC-102", "FRI-001", "LED-201", "PAR-001", "SAM-101"), codes);
    }

    @Test
    void coursesHaveEnoughModulesLessonsAndQuestions() throws IOException {
        for (CourseDefinition course : readAll()) {
            // The short courses without ECTS (for volunteers, for mixed cohorts) have three modules.
            int minimumModules = course.code().equals("FRI-001") || course.code().equals("PAR-001") ? 3 : 4;
            assertTrue(course.modules().size() >= minimumModules, course.code() + " modules");
            for (ModuleDefinition module : course.modules()) {
                assertTrue(module.lessons().size() >= 3, course.code() + "/" + module.slug() + " lessons");
                assertTrue(module.quiz().questions().size() >= 5, course.code() + "/" + module.slug() + " questions");
                for (ModuleDefinition.Lesson lesson : module.lessons()) {
                    assertTrue(words(lesson.body().da()) >= 300, lesson.slug() + " Danish words: " + words(lesson.body().da()));
                    assertTrue(words(lesson.body().en()) >= 300, lesson.slug() + " English words: " + words(lesson.body().en()));
                }
            }
        }
    }

    @Test
    void theEctsCoursesAreGradedOnTheSevenPointScaleByAProvider() throws IOException {
        CourseDefinition sam = readAll().stream().filter(c -> c.code().equals("SAM-101")).findFirst().orElseThrow();
        assertEquals(0, sam.ects().compareTo(new BigDecimal("5")));
        assertEquals(AssessmentScale.SEVEN_POINT, sam.assessment().scale());
        assertEquals("kp", sam.awardingProvider());
        assertEquals(6, sam.qualificationLevel());
        CourseDefinition volunteers = readAll().stream().filter(c -> c.code().equals("FRI-001")).findFirst().orElseThrow();
        assertEquals(AssessmentScale.PASS_FAIL, volunteers.assessment().scale());
        assertEquals(null, volunteers.ects());
    }

    @Test
    void everyCourseStatesItsWorkloadAndReadingAndTheEctsCoursesTheirExam() throws IOException {
        for (CourseDefinition course : readAll()) {
            assertTrue(!course.workloadBreakdown().isEmpty(), course.code() + " has a workload breakdown");
            assertTrue(!course.readingList().isEmpty(), course.code() + " has a reading list");
        }
        CourseDefinition sam = readAll().stream().filter(c -> c.code().equals("SAM-101")).findFirst().orElseThrow();
        assertEquals(CourseDefinition.Exam.Form.SYNOPSIS_ORAL, sam.assessment().exam().form(),
                "a synopsis is the basis of an oral exam, not graded on its own");
        CourseDefinition led = readAll().stream().filter(c -> c.code().equals("LED-201")).findFirst().orElseThrow();
        assertEquals(CourseDefinition.Exam.Form.WRITTEN_ASSIGNMENT, led.assessment().exam().form());
    }

    private static long words(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Stream.of(l.split("\\s+")))
                .filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    }
}
