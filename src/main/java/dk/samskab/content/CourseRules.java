package dk.samskab.content;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import java.math.BigDecimal;
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
        new WorkloadRules(violations::add).check(course);
        new ReadingListRules(violations::add).check(course);
        new AssessmentRules(violations::add).check(course);
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
        // Exactly, as a programme's regulations state it: 5 ECTS is 137.5 hours, not "about" that.
        BigDecimal expected = course.ects().multiply(hours.get());
        if (course.workloadHours().compareTo(expected) != 0) {
            fail("workload_hours", "workload_hours " + course.workloadHours().stripTrailingZeros().toPlainString()
                    + " does not match " + course.ects().stripTrailingZeros().toPlainString() + " ECTS × "
                    + hours.get().stripTrailingZeros().toPlainString() + " hours = "
                    + expected.stripTrailingZeros().toPlainString() + " hours");
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
            } else {
                LessonTime.check(module.lessons().get(i), path + ".lessons[" + i + "]", violations::add);
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
        checkNewerTexts(course);
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

    /** The texts of the workload breakdown, reading list, exam, rubric, activities and documents. */
    private void checkNewerTexts(CourseDefinition course) {
        for (int i = 0; i < course.workloadBreakdown().size(); i++) {
            optionalText(course.workloadBreakdown().get(i).note(), "workload_breakdown[" + i + "].note");
        }
        for (int i = 0; i < course.readingList().size(); i++) {
            optionalText(course.readingList().get(i).note(), "reading_list[" + i + "].note");
        }
        CourseDefinition.Exam exam = course.assessment().exam();
        if (exam != null) {
            text(exam.length(), "assessment.exam.length");
            text(exam.prerequisites(), "assessment.exam.prerequisites");
            text(exam.resit(), "assessment.exam.resit");
            text(exam.aiUse(), "assessment.exam.ai_use");
        }
        CourseDefinition.FinalAssignment assignment = course.assessment().finalAssignment();
        if (assignment != null && assignment.rubric() != null) {
            for (int i = 0; i < assignment.rubric().size(); i++) {
                text(assignment.rubric().get(i).text(), "assessment.final_assignment.rubric[" + i + "].text");
            }
            for (int i = 0; i < assignment.gradeDescriptors().size(); i++) {
                text(assignment.gradeDescriptors().get(i).text(), "assessment.final_assignment.grade_descriptors[" + i + "].text");
            }
        }
        for (int i = 0; i < course.modules().size(); i++) {
            List<ModuleDefinition.Lesson> lessons = course.modules().get(i).lessons();
            for (int j = 0; j < lessons.size(); j++) {
                for (int k = 0; k < lessons.get(j).activities().size(); k++) {
                    text(lessons.get(j).activities().get(k).what(),
                            "modules[" + i + "].lessons[" + j + "].activities[" + k + "].what");
                }
            }
        }
        for (int i = 0; i < course.documents().size(); i++) {
            text(course.documents().get(i).title(), "documents[" + i + "].title");
            text(course.documents().get(i).body(), "documents[" + i + "].body");
        }
    }

    private void optionalText(dk.samskab.catalogue.Text text, String path) {
        if (text != null) {
            text(text, path);
        }
    }

    private void listed(List<?> texts, String path, String name) {
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
