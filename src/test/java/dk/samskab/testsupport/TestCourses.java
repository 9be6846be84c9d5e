package dk.samskab.testsupport;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.WorkloadItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Small course definitions for the completion and credit rules: two modules of one lesson and
 * one true/false question each; the first module has a reflection task.
 */
public final class TestCourses {

    public static final Map<String, List<String>> RIGHT = Map.of("q", List.of("true"));
    public static final Map<String, List<String>> WRONG = Map.of("q", List.of("false"));

    private TestCourses() {
    }

    private static Text text(String what) {
        return new Text(what + " (da)", what + " (en)");
    }

    /**
     * A course that passes every content rule: with ECTS it has a workload breakdown, a pensum,
     * exam rules and a rubric that assesses each outcome; a graded final assignment describes its grades.
     */
    public static CourseDefinition course(String code, AssessmentScale scale, BigDecimal ects, boolean finalAssignment) {
        return course(code, scale, ects, finalAssignment, null);
    }

    /** As above, with exam rules (ECTS) that require the learner's sign-in to have this level of assurance for the final hand-in. */
    public static CourseDefinition course(String code, AssessmentScale scale, BigDecimal ects, boolean finalAssignment,
            AssuranceLevel identityAssurance) {
        CourseDefinition.FinalAssignment assignment = finalAssignment
                ? new CourseDefinition.FinalAssignment(text("Skriftlig opgave"), text("Skriv en opgave"),
                        List.of(new CourseDefinition.Criterion(text("Begreber"), List.of("knowledge.1")),
                                new CourseDefinition.Criterion(text("Analyse og handling"), List.of("skills.1", "competences.1"))),
                        descriptors(scale))
                : null;
        BigDecimal hours = ects == null ? new BigDecimal("6") : ects.multiply(new BigDecimal("27.5"));
        List<WorkloadItem> breakdown = List.of(new WorkloadItem(WorkloadItem.Kind.ONLINE_LESSONS, new BigDecimal("0.5"), null),
                new WorkloadItem(WorkloadItem.Kind.QUIZZES, new BigDecimal("0.5"), null),
                new WorkloadItem(WorkloadItem.Kind.EXAM, hours.subtract(BigDecimal.ONE), null));
        CourseDefinition.Exam exam = ects == null ? null : new CourseDefinition.Exam(CourseDefinition.Exam.Form.WRITTEN_ASSIGNMENT,
                text("Højst 10 sider"), text("Alle quizzer bestået"), text("Omprøve efter fire uger"),
                CourseDefinition.Exam.Assessors.INTERNAL_CENSOR, text("AI må bruges til sprog, ikke til analysen"), identityAssurance);
        List<Reference> readingList = ects == null ? List.of() : List.of(new Reference("ansell2008",
                List.of("Ansell, Chris", "Gash, Alison"), false, 2008, Reference.Kind.ARTICLE,
                "Collaborative Governance in Theory and Practice", null,
                "Journal of Public Administration Research and Theory, 18(4)", null, null, null, null, true, null));
        return new CourseDefinition(code, text("Kursus " + code), text("Resumé"), text("Beskrivelse"),
                List.of(Audience.MUNICIPAL_PROFESSIONAL), List.of(SectorArea.ELDERLY), List.of(CompetenceTheme.COLLABORATION),
                CourseFormat.SELF_PACED, 4, hours, ects, ects == null ? null : 6, ects == null ? null : "kp", breakdown,
                new CourseDefinition.LearningOutcomes(List.of(text("Viden")), List.of(text("Færdigheder")), List.of(text("Kompetencer"))),
                new CourseDefinition.Assessment(scale, assignment, exam), readingList,
                List.of(module("m1", new ModuleDefinition.Reflection(text("Reflekter"), List.of(text("Kobling til praksis")))),
                        module("m2", null)), List.of());
    }

    private static List<CourseDefinition.GradeDescriptor> descriptors(AssessmentScale scale) {
        List<String> grades = scale == AssessmentScale.SEVEN_POINT ? List.of("12", "7", "02", "00") : List.of("passed", "not_passed");
        return grades.stream().map(g -> new CourseDefinition.GradeDescriptor(g, text("Karakteren " + g))).toList();
    }

    private static ModuleDefinition module(String slug, ModuleDefinition.Reflection reflection) {
        QuizDefinition.Question question = new QuizDefinition.Question("q", QuestionType.TRUE_FALSE, text("Sandt?"),
                List.of(new QuizDefinition.Option("true", text("Sandt"), true, text("Rigtigt")),
                        new QuizDefinition.Option("false", text("Falsk"), false, text("Forkert"))),
                List.of(), List.of(), null);
        return new ModuleDefinition(slug, text("Modul " + slug), text("Resumé"),
                List.of(ModuleDefinition.Lesson.ofText("l1", text("Lektion"), 10, true, text("Indhold"),
                        List.of(new ModuleDefinition.Activity(10, text("Skriv en kort refleksion"))))),
                new QuizDefinition(100, 3, List.of(question)), reflection);
    }
}
