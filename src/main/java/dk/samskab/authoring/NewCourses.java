package dk.samskab.authoring;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import java.math.BigDecimal;
import java.util.List;

/** The shapes a new course starts from: a minimal starter, or a copy under another code. */
final class NewCourses {

    private NewCourses() {
    }

    /** The same course under another code (a copy, or a saved draft whose code must not change). */
    static CourseDefinition withCode(CourseDefinition c, String code) {
        return c.withCode(code);
    }

    /** One module, one lesson and one true/false question, with the texts left for the author to write. */
    static CourseDefinition starter(String code, Text title) {
        Text empty = new Text("", "");
        QuizDefinition.Question question = new QuizDefinition.Question("q1", QuestionType.TRUE_FALSE, empty,
                List.of(new QuizDefinition.Option("true", SeedTexts.of("option.true"), true, empty),
                        new QuizDefinition.Option("false", SeedTexts.of("option.false"), false, empty)),
                List.of(), List.of(), null);
        ModuleDefinition module = new ModuleDefinition("01-modul", SeedTexts.of("module.numbered", 1), empty,
                List.of(ModuleDefinition.Lesson.ofText("01-lektion", SeedTexts.of("lesson.numbered", 1), 15, true, empty, List.of())),
                new QuizDefinition(80, 3, List.of(question)), null);
        return new CourseDefinition(code, title, empty, empty, List.of(), List.of(), List.of(), CourseFormat.SELF_PACED, 4,
                new BigDecimal("10"), null, null, null, List.of(),
                new CourseDefinition.LearningOutcomes(List.of(), List.of(), List.of()),
                new CourseDefinition.Assessment(AssessmentScale.PASS_FAIL, null, null), List.of(), List.of(module), List.of());
    }
}
