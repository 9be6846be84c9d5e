package dk.samskab.testsupport;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.catalogue.Text;
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

    public static CourseDefinition course(String code, AssessmentScale scale, BigDecimal ects, boolean finalAssignment) {
        CourseDefinition.FinalAssignment assignment = finalAssignment
                ? new CourseDefinition.FinalAssignment(text("Synopsis"), text("Skriv en synopsis"), List.of(text("Begreber")))
                : null;
        return new CourseDefinition(code, text("Kursus " + code), text("Resumé"), text("Beskrivelse"),
                List.of(Audience.MUNICIPAL_PROFESSIONAL), List.of(SectorArea.ELDERLY), List.of(CompetenceTheme.COLLABORATION),
                CourseFormat.SELF_PACED, 4, ects == null ? new BigDecimal("6") : ects.multiply(new BigDecimal("27.5")), ects,
                ects == null ? null : 6, ects == null ? null : "kp",
                new CourseDefinition.LearningOutcomes(List.of(text("Viden")), List.of(text("Færdigheder")), List.of(text("Kompetencer"))),
                new CourseDefinition.Assessment(scale, assignment),
                List.of(module("m1", new ModuleDefinition.Reflection(text("Reflekter"), List.of(text("Kobling til praksis")))),
                        module("m2", null)));
    }

    private static ModuleDefinition module(String slug, ModuleDefinition.Reflection reflection) {
        QuizDefinition.Question question = new QuizDefinition.Question("q", QuestionType.TRUE_FALSE, text("Sandt?"),
                List.of(new QuizDefinition.Option("true", text("Sandt"), true, text("Rigtigt")),
                        new QuizDefinition.Option("false", text("Falsk"), false, text("Forkert"))),
                List.of(), List.of(), null);
        return new ModuleDefinition(slug, text("Modul " + slug), text("Resumé"),
                List.of(new ModuleDefinition.Lesson("l1", text("Lektion"), 10, true, text("Indhold"))),
                new QuizDefinition(100, 3, List.of(question)), reflection);
    }
}
