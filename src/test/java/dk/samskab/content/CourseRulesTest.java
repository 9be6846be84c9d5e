package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.WorkloadItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course rules on the model: workload equal to ECTS × hours per ECTS and to its breakdown,
 * a pensum, exam rules and grade descriptors for graded courses, criteria tied to existing
 * outcomes, citations of listed works, and lesson minutes that match the text.
 */
class CourseRulesTest {

    static CourseDefinition mini(Path root) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root);
        CourseFolderReader.Result result = new CourseFolderReader(root, ReferenceProviders::hoursPerEcts).read(root.resolve("mini-course"));
        assertTrue(result.ok(), result.problems().toString());
        return result.course();
    }

    /** The same course with a new total and the exam line of the breakdown changed by the same amount. */
    private static CourseDefinition withWorkload(CourseDefinition c, String hours) {
        BigDecimal difference = new BigDecimal(hours).subtract(c.workloadHours());
        List<WorkloadItem> breakdown = c.workloadBreakdown().stream().map(item -> item.kind() == WorkloadItem.Kind.EXAM
                ? new WorkloadItem(item.kind(), item.hours().add(difference), item.note()) : item).toList();
        return c.withWorkload(new BigDecimal(hours), breakdown);
    }

    private static List<Violation> check(CourseDefinition course, String hoursPerEcts) {
        return new CourseRules(code -> Optional.of(new BigDecimal(hoursPerEcts))).check(course);
    }

    private static List<Violation> check(CourseDefinition course) {
        return check(course, "27.5");
    }

    private static List<String> paths(List<Violation> violations) {
        return violations.stream().map(Violation::path).toList();
    }

    @Test
    void theFixtureMeetsEveryRule(@TempDir Path root) throws IOException {
        assertEquals(List.of(), check(mini(root)));
    }

    @Test
    void workloadMustEqualEctsTimesHoursExactly(@TempDir Path root) throws IOException {
        CourseDefinition course = mini(root);
        assertTrue(check(withWorkload(course, "137.5")).isEmpty());
        // The tolerance of ±10 % is gone: a programme states 5 ECTS as 137.5 hours, not about that.
        List<Violation> slightlyMore = check(withWorkload(course, "140"));
        assertEquals(List.of("workload_hours"), paths(slightlyMore), slightlyMore.toString());
        assertTrue(slightlyMore.get(0).message().contains("does not match 5 ECTS × 27.5 hours = 137.5 hours"));
        assertEquals(List.of("workload_hours"), paths(check(withWorkload(course, "135"))));
    }

    @Test
    void theProvidersOwnHoursPerEctsAreUsed(@TempDir Path root) throws IOException {
        CourseDefinition course = withWorkload(mini(root), "125");
        assertEquals(List.of("workload_hours"), paths(check(course, "30")), "5 × 30 = 150 hours");
        assertTrue(check(course, "25").isEmpty(), "5 × 25 = 125 hours");
    }

    @Test
    void theBreakdownMustAddUpToTheWorkload(@TempDir Path root) throws IOException {
        CourseDefinition course = mini(root);
        List<WorkloadItem> shortByTen = new ArrayList<>(course.workloadBreakdown());
        shortByTen.set(0, new WorkloadItem(WorkloadItem.Kind.READING, new BigDecimal("30"), null));
        List<Violation> violations = check(course.withWorkload(course.workloadHours(), shortByTen));
        assertEquals(List.of("workload_breakdown"), paths(violations));
        assertTrue(violations.get(0).message().contains("adds up to 127.5 hours, but workload_hours is 137.5"),
                violations.get(0).message());
    }

    @Test
    void anEctsCourseNeedsABreakdownAndItsLessonLineMatchesTheLessons(@TempDir Path root) throws IOException {
        CourseDefinition course = mini(root);
        assertEquals(List.of("workload_hours"), paths(check(course.withWorkload(course.workloadHours(), List.of()))));

        List<WorkloadItem> lessonsTooLong = course.workloadBreakdown().stream().map(item -> switch (item.kind()) {
            case ONLINE_LESSONS -> new WorkloadItem(item.kind(), new BigDecimal("2.25"), null);
            case EXAM -> new WorkloadItem(item.kind(), new BigDecimal("88"), null);
            default -> item;
        }).toList();
        List<Violation> violations = check(course.withWorkload(course.workloadHours(), lessonsTooLong));
        assertEquals(List.of("workload_breakdown[1].hours"), paths(violations), violations.toString());
        assertTrue(violations.get(0).message().contains("the lessons' minutes add up to 15 minutes"), violations.get(0).message());
    }

    @Test
    void anEctsCourseNeedsAPensumAndExamRules(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        CourseDefinition noPensum = new CourseDefinition(c.code(), c.title(), c.summary(), c.description(), c.audiences(),
                c.sectorAreas(), c.competenceThemes(), c.format(), c.durationWeeks(), c.workloadHours(), c.ects(),
                c.qualificationLevel(), c.awardingProvider(), c.workloadBreakdown(), c.learningOutcomes(),
                new CourseDefinition.Assessment(c.assessment().scale(), c.assessment().finalAssignment(), null),
                c.supplementaryReading(), c.modules(), c.documents());
        List<Violation> violations = check(noPensum);
        assertTrue(paths(violations).contains("reading_list"), "supplementary reading only: " + violations);
        assertTrue(paths(violations).contains("assessment"), violations.toString());
        // The fixture's lesson cites the pensum work that is now gone.
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("[@ansell2008] names no work")), violations.toString());
    }

    @Test
    void citationsOfUnknownWorksAreReportedWithTheirLineInTheText(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        ModuleDefinition.Lesson lesson = c.modules().get(0).lessons().get(0);
        Text body = new Text("Første linje.\n\nSom [@lukes2005, s. 37] og [@torfing2019] viser.", lesson.body().en());
        List<Violation> violations = check(withLessonBody(c, body));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("modules[0].lessons[0].body.da", violations.get(0).path());
        assertEquals(3, violations.get(0).lineInText());
        assertTrue(violations.get(0).message().contains("[@torfing2019]"));

        List<Violation> malformed = check(withLessonBody(c, new Text("Se [@Lukes 2005].", lesson.body().en())));
        assertTrue(malformed.get(0).message().startsWith("malformed citation [@Lukes 2005]"), malformed.toString());
    }

    @Test
    void aGradedAssignmentDescribesItsGradesOnItsOwnScale(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        CourseDefinition.FinalAssignment a = c.assessment().finalAssignment();
        List<CourseDefinition.GradeDescriptor> withoutTwelve = a.gradeDescriptors().stream()
                .filter(d -> !d.grade().equals("12")).toList();
        List<Violation> missing = check(withAssignment(c, AssessmentScale.SEVEN_POINT, a.rubric(), withoutTwelve));
        assertEquals(List.of("assessment.final_assignment.grade_descriptors"), paths(missing));
        assertTrue(missing.get(0).message().endsWith("missing: 12"), missing.get(0).message());

        List<CourseDefinition.GradeDescriptor> wrongScale = List.of(descriptor("passed"), descriptor("not_passed"),
                descriptor("12"), descriptor("7"), descriptor("02"), descriptor("-3"));
        assertEquals(List.of("assessment.final_assignment.grade_descriptors[0].grade",
                "assessment.final_assignment.grade_descriptors[1].grade"),
                paths(check(withAssignment(c, AssessmentScale.SEVEN_POINT, a.rubric(), wrongScale))));

        List<Violation> passFail = check(withAssignment(c, AssessmentScale.PASS_FAIL, a.rubric(), List.of(descriptor("passed"))));
        assertTrue(passFail.stream().anyMatch(v -> v.message().endsWith("missing: not_passed")), passFail.toString());
    }

    @Test
    void criteriaNameOutcomesThatExistAndAnEctsCourseAssessesEveryOutcome(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        CourseDefinition.FinalAssignment a = c.assessment().finalAssignment();
        List<CourseDefinition.Criterion> unknown = List.of(a.rubric().get(0),
                new CourseDefinition.Criterion(a.rubric().get(1).text(), List.of("skills.1", "competences.1", "skills.4")));
        List<Violation> violations = check(withAssignment(c, AssessmentScale.SEVEN_POINT, unknown, a.gradeDescriptors()));
        assertEquals(List.of("assessment.final_assignment.rubric[1].outcomes"), paths(violations));
        assertTrue(violations.get(0).message().contains("'skills.4' does not exist"));

        List<CourseDefinition.Criterion> partial = List.of(a.rubric().get(0));
        List<Violation> uncovered = check(withAssignment(c, AssessmentScale.SEVEN_POINT, partial, a.gradeDescriptors()));
        assertEquals(List.of("assessment.final_assignment.rubric"), paths(uncovered));
        assertTrue(uncovered.get(0).message().contains("skills.1, competences.1"), uncovered.get(0).message());
    }

    @Test
    void lessonMinutesMatchWordsAtOneHundredAndFiftyAMinutePlusActivities(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        String words300 = "ord ".repeat(300);
        // 300 words = 2 minutes, plus a 10-minute activity = 12 minutes; ±30 % is 8.4 to 15.6, so 8 to 16 fit.
        List<ModuleDefinition.Activity> activity = List.of(new ModuleDefinition.Activity(10, new Text("Skriv", "Write")));
        assertTrue(check(withLesson(c, 16, words300, activity)).isEmpty());
        assertTrue(check(withLesson(c, 8, words300, activity)).isEmpty());
        List<Violation> tooMany = check(withLesson(c, 17, words300, activity));
        assertEquals(List.of("modules[0].lessons[0].minutes"), paths(tooMany));
        assertTrue(tooMany.get(0).message().contains("minutes between 8 and 16 fit"), tooMany.get(0).message());
        assertEquals(List.of("modules[0].lessons[0].minutes"), paths(check(withLesson(c, 7, words300, activity))));
        // Without the activity the same text is 2 minutes: 30 minutes is not what the lesson asks.
        assertEquals(List.of("modules[0].lessons[0].minutes"), paths(check(withLesson(c, 30, words300, List.of()))));
    }

    @Test
    void aVeryShortLessonMayStillSayOneMinute(@TempDir Path root) throws IOException {
        CourseDefinition c = mini(root);
        assertTrue(check(withLesson(c, 1, "Ti ord er ikke mange, men de er en lektion.", List.of())).isEmpty());
        assertEquals(List.of("modules[0].lessons[0].minutes"), paths(check(withLesson(c, 2, "Ti ord er ikke mange.", List.of()))));
    }

    @Test
    void wordsAreCountedWithoutLinkAddresses() {
        assertEquals(5, LessonTime.words("## To ord\n\nSe [VIVE](https://www.vive.dk/da/udgivelser/) – nu."));
    }

    private static CourseDefinition.GradeDescriptor descriptor(String grade) {
        return new CourseDefinition.GradeDescriptor(grade, new Text("Beskrivelse " + grade, "Description " + grade));
    }

    private static CourseDefinition withAssignment(CourseDefinition c, AssessmentScale scale, List<CourseDefinition.Criterion> rubric,
            List<CourseDefinition.GradeDescriptor> descriptors) {
        CourseDefinition.FinalAssignment a = c.assessment().finalAssignment();
        return new CourseDefinition(c.code(), c.title(), c.summary(), c.description(), c.audiences(), c.sectorAreas(),
                c.competenceThemes(), c.format(), c.durationWeeks(), c.workloadHours(), c.ects(), c.qualificationLevel(),
                c.awardingProvider(), c.workloadBreakdown(), c.learningOutcomes(),
                new CourseDefinition.Assessment(scale, new CourseDefinition.FinalAssignment(a.title(), a.prompt(), rubric, descriptors),
                        c.assessment().exam()), c.readingList(), c.modules(), c.documents());
    }

    private static CourseDefinition withLessonBody(CourseDefinition c, Text body) {
        ModuleDefinition.Lesson l = c.modules().get(0).lessons().get(0);
        return withLesson(c, l.withBody(body));
    }

    private static CourseDefinition withLesson(CourseDefinition c, int minutes, String text, List<ModuleDefinition.Activity> activities) {
        ModuleDefinition.Lesson l = c.modules().get(0).lessons().get(0);
        return withLesson(c, new ModuleDefinition.Lesson(l.slug(), l.title(), minutes, l.required(), new Text(text, text), activities, l.elearning()));
    }

    private static CourseDefinition withLesson(CourseDefinition c, ModuleDefinition.Lesson lesson) {
        ModuleDefinition m = c.modules().get(0);
        ModuleDefinition module = new ModuleDefinition(m.slug(), m.title(), m.summary(), List.of(lesson), m.quiz(), m.reflection());
        // Keep the online-lessons line in step with the lesson, so that only the minutes rule speaks.
        BigDecimal lessonHours = BigDecimal.valueOf(lesson.minutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        BigDecimal old = c.workloadBreakdown().stream().filter(i -> i.kind() == WorkloadItem.Kind.ONLINE_LESSONS).findFirst()
                .orElseThrow().hours();
        List<WorkloadItem> breakdown = c.workloadBreakdown().stream().map(item -> switch (item.kind()) {
            case ONLINE_LESSONS -> new WorkloadItem(item.kind(), lessonHours, null);
            case EXAM -> new WorkloadItem(item.kind(), item.hours().add(old).subtract(lessonHours), null);
            default -> item;
        }).toList();
        return c.withModules(List.of(module)).withWorkload(c.workloadHours(), breakdown);
    }
}
