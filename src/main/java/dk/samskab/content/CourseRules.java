package dk.samskab.content;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule set for a course definition, used by the importer and by the editor alike.
 * Each violation names the field path it concerns.
 */
public final class CourseRules {

    /** Workload may differ this much from ECTS × hours per ECTS. */
    public static final BigDecimal WORKLOAD_TOLERANCE = new BigDecimal("0.10");

    /** Hours per ECTS of an education provider, empty if the code names no education provider. */
    @FunctionalInterface
    public interface Providers {
        Optional<BigDecimal> hoursPerEcts(String providerCode);
    }

    private final Providers providers;
    private final List<Violation> violations = new ArrayList<>();

    public CourseRules(Providers providers) {
        this.providers = providers;
    }

    public List<Violation> check(CourseDefinition course) {
        violations.clear();
        if (!course.code().matches("[A-Z]{2,5}-\\d{3}")) {
            fail("code", "the course code '" + course.code() + "' must be 2-5 capital letters, a hyphen and 3 digits (e.g. SAM-101)");
        }
        checkCredits(course);
        if (course.durationWeeks() < 1 || course.durationWeeks() > 156) {
            fail("duration_weeks", "duration_weeks must be between 1 and 156");
        }
        if (course.assessment().scale() == AssessmentScale.SEVEN_POINT && course.assessment().finalAssignment() == null) {
            fail("assessment.scale", "a course graded on the 7-point scale needs a final_assignment to grade");
        }
        if (course.modules().isEmpty()) {
            fail("modules", "a course needs at least one module");
        }
        for (int i = 0; i < course.modules().size(); i++) {
            checkModule(course.modules().get(i), "modules[" + i + "]");
        }
        checkTexts(course);
        return List.copyOf(violations);
    }

    private void checkCredits(CourseDefinition course) {
        if (course.workloadHours().signum() <= 0) {
            fail("workload_hours", "workload_hours must be more than 0");
        }
        if (course.qualificationLevel() != null && (course.qualificationLevel() < 1 || course.qualificationLevel() > 8)) {
            fail("qualification_level", "qualification_level must be a level of the qualifications framework, 1 to 8");
        }
        if (course.ects() == null) {
            return;
        }
        if (course.ects().signum() <= 0 || course.ects().compareTo(new BigDecimal("60")) > 0) {
            fail("ects", "ects must be more than 0 and at most 60");
            return;
        }
        if (course.assessment().finalAssignment() == null) {
            fail("assessment.final_assignment", "a course with ECTS credits needs a final_assignment: credits are awarded"
                    + " only for a passed assessment");
        }
        if (course.awardingProvider() == null) {
            fail("ects", "a course with ECTS credits needs an awarding_provider (an education provider)");
            return;
        }
        Optional<BigDecimal> hours = providers.hoursPerEcts(course.awardingProvider());
        if (hours.isEmpty()) {
            fail("awarding_provider", "unknown education provider '" + course.awardingProvider() + "'");
            return;
        }
        BigDecimal expected = course.ects().multiply(hours.get());
        BigDecimal deviation = course.workloadHours().subtract(expected).abs()
                .divide(expected, 4, RoundingMode.HALF_UP);
        if (deviation.compareTo(WORKLOAD_TOLERANCE) > 0) {
            fail("workload_hours", "workload_hours " + course.workloadHours().stripTrailingZeros().toPlainString()
                    + " does not match " + course.ects().stripTrailingZeros().toPlainString() + " ECTS × "
                    + hours.get().stripTrailingZeros().toPlainString() + " hours = "
                    + expected.stripTrailingZeros().toPlainString() + " hours (±10 % allowed)");
        }
    }

    private void checkModule(ModuleDefinition module, String path) {
        if (module.lessons().isEmpty()) {
            fail(path, "a module needs at least one lesson");
        }
        for (int i = 0; i < module.lessons().size(); i++) {
            int minutes = module.lessons().get(i).minutes();
            if (minutes < 1 || minutes > 600) {
                fail(path + ".lessons[" + i + "].minutes", "minutes must be between 1 and 600");
            }
        }
        if (module.quiz() == null) {
            fail(path + ".quiz", "a module needs a quiz");
        } else {
            checkQuiz(module.quiz(), path + ".quiz");
        }
    }

    private void checkQuiz(QuizDefinition quiz, String path) {
        if (quiz.passThreshold() < 1 || quiz.passThreshold() > 100) {
            fail(path + ".pass_threshold", "pass_threshold is a percentage from 1 to 100");
        }
        if (quiz.attempts() < 1) {
            fail(path + ".attempts", "attempts must be at least 1");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizDefinition.Question question = quiz.questions().get(i);
            String at = path + ".questions[" + i + "]";
            if (!ids.add(question.id())) {
                fail(at + ".id", "the question id '" + question.id() + "' is used twice in this quiz");
            }
            new QuestionRules(question, at, this::fail).check();
        }
    }

    /** Every text a learner reads must be there in Danish and in English. */
    private void checkTexts(CourseDefinition course) {
        CourseDefinition.LearningOutcomes outcomes = course.learningOutcomes();
        listed(outcomes.knowledge(), "learning_outcomes.knowledge", "knowledge");
        listed(outcomes.skills(), "learning_outcomes.skills", "skills");
        listed(outcomes.competences(), "learning_outcomes.competences", "competences");
        if (course.assessment().finalAssignment() != null) {
            listed(course.assessment().finalAssignment().rubric(), "assessment.final_assignment.rubric", "rubric");
        }
        text(course.title(), "title");
        text(course.summary(), "summary");
        text(course.description(), "description");
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleDefinition module = course.modules().get(i);
            String path = "modules[" + i + "]";
            text(module.title(), path + ".title");
            text(module.summary(), path + ".summary");
            for (int j = 0; j < module.lessons().size(); j++) {
                text(module.lessons().get(j).title(), path + ".lessons[" + j + "].title");
                text(module.lessons().get(j).body(), path + ".lessons[" + j + "].body");
            }
            if (module.reflection() != null) {
                text(module.reflection().prompt(), path + ".reflection.prompt");
            }
            if (module.quiz() != null) {
                for (int q = 0; q < module.quiz().questions().size(); q++) {
                    text(module.quiz().questions().get(q).text(), path + ".quiz.questions[" + q + "].text");
                }
            }
        }
        CourseDefinition.FinalAssignment assignment = course.assessment().finalAssignment();
        if (assignment != null) {
            text(assignment.title(), "assessment.final_assignment.title");
            text(assignment.prompt(), "assessment.final_assignment.prompt");
        }
    }

    private void listed(List<dk.samskab.catalogue.Text> texts, String path, String name) {
        if (texts == null || texts.isEmpty()) {
            fail(path, "'" + name + "' must be a list with at least one entry");
        }
    }

    private void text(dk.samskab.catalogue.Text text, String path) {
        if (text == null || text.da() == null || text.da().isBlank()) {
            fail(path, "missing Danish text (da) in '" + path + "'");
        }
        if (text == null || text.en() == null || text.en().isBlank()) {
            fail(path, "missing English text (en) in '" + path + "'");
        }
    }

    private void fail(String path, String message) {
        violations.add(new Violation(path, message));
    }
}
