package dk.samskab.content;

import dk.samskab.catalogue.CourseCode;
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
        if (!CourseCode.isWellFormed(course.code())) {
            fail("code", "code.pattern", course.code());
        }
        checkCredits(course);
        if (course.durationWeeks() < 1 || course.durationWeeks() > 156) {
            fail("duration_weeks", "duration.range");
        }
        if (course.assessment().scale() == AssessmentScale.SEVEN_POINT && course.assessment().finalAssignment() == null) {
            fail("assessment.scale", "scale.needsAssignment");
        }
        if (course.modules().isEmpty()) {
            fail("modules", "modules.none");
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
            fail("workload_hours", "workload.positive");
        }
        if (course.qualificationLevel() != null && (course.qualificationLevel() < 1 || course.qualificationLevel() > 8)) {
            fail("qualification_level", "level.range");
        }
        if (course.ects() == null) {
            return;
        }
        if (course.ects().signum() <= 0 || course.ects().compareTo(new BigDecimal("60")) > 0) {
            fail("ects", "ects.range");
            return;
        }
        if (course.assessment().finalAssignment() == null) {
            fail("assessment.final_assignment", "ects.needsAssignment");
        }
        if (course.awardingProvider() == null) {
            fail("ects", "ects.needsProvider");
            return;
        }
        Optional<BigDecimal> hours = providers.hoursPerEcts(course.awardingProvider());
        if (hours.isEmpty()) {
            fail("awarding_provider", "provider.unknown", course.awardingProvider());
            return;
        }
        // Exactly, as a programme's regulations state it: 5 ECTS is 137.5 hours, not "about" that.
        BigDecimal expected = course.ects().multiply(hours.get());
        if (course.workloadHours().compareTo(expected) != 0) {
            fail("workload_hours", "workload.mismatch", WorkloadRules.hours(course.workloadHours()),
                    WorkloadRules.hours(course.ects()), WorkloadRules.hours(hours.get()), WorkloadRules.hours(expected));
        }
    }

    private void checkModule(ModuleDefinition module, String path) {
        if (module.lessons().isEmpty()) {
            fail(path, "module.noLessons");
        }
        for (int i = 0; i < module.lessons().size(); i++) {
            int minutes = module.lessons().get(i).minutes();
            if (minutes < 1 || minutes > 600) {
                fail(path + ".lessons[" + i + "].minutes", "lesson.minutesRange");
            } else {
                LessonTime.check(module.lessons().get(i), path + ".lessons[" + i + "]", violations::add);
            }
        }
        if (module.quiz() == null) {
            fail(path + ".quiz", "module.noQuiz");
        } else {
            checkQuiz(module.quiz(), path + ".quiz");
        }
    }

    private void checkQuiz(QuizDefinition quiz, String path) {
        if (quiz.passThreshold() < 1 || quiz.passThreshold() > 100) {
            fail(path + ".pass_threshold", "quiz.threshold");
        }
        if (quiz.attempts() < 1) {
            fail(path + ".attempts", "quiz.attempts");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizDefinition.Question question = quiz.questions().get(i);
            String at = path + ".questions[" + i + "]";
            if (!ids.add(question.id())) {
                fail(at + ".id", "question.idTwice", question.id());
            }
            new QuestionRules(question, at, violations::add).check();
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

    private void optionalText(dk.samskab.platform.Text text, String path) {
        if (text != null) {
            text(text, path);
        }
    }

    private void listed(List<?> texts, String path, String name) {
        if (texts == null || texts.isEmpty()) {
            fail(path, "list.empty", name);
        }
    }

    private void text(dk.samskab.platform.Text text, String path) {
        if (text == null || text.da() == null || text.da().isBlank()) {
            fail(path, "text.noDanish", path);
        }
        if (text == null || text.en() == null || text.en().isBlank()) {
            fail(path, "text.noEnglish", path);
        }
    }

    private void fail(String path, String key, Object... args) {
        violations.add(new Violation(path, key, args));
    }
}
