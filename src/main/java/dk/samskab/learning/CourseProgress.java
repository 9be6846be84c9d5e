package dk.samskab.learning;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How far a learner is in one course version, computed from the course and the learner's
 * records: the course's path of steps (which gives the share done, the time left and the way on)
 * and each module's lessons and quiz attempts.
 */
public record CourseProgress(int percent, int minutesLeft, CoursePath path, List<ModuleProgress> modules) {

    /** One module's progress. */
    public record ModuleProgress(String slug, int lessonsDone, int lessonsRequired, int percent, boolean quizPassed,
            int attemptsUsed, int attemptsAllowed, Integer bestScore) {
        public boolean attemptsLeft() {
            return attemptsUsed < attemptsAllowed;
        }
    }

    /** Everything the learner has done, as read from the database. */
    public record Records(Set<String> lessonsDone, List<QuizAttempt> attempts, List<Submission> submissions) {

        public Records(Set<String> lessonsDone, List<QuizAttempt> attempts) {
            this(lessonsDone, attempts, List.of());
        }

        /** The hand-in for a task: a module's reflection task, or "final". */
        public Optional<Submission> submission(String task) {
            return submissions.stream().filter(s -> s.getTask().equals(task)).findFirst();
        }
    }

    public static String key(ModuleDefinition module, ModuleDefinition.Lesson lesson) {
        return module.slug() + "/" + lesson.slug();
    }

    public static CourseProgress of(CourseDefinition course, Records records) {
        List<ModuleProgress> modules = new ArrayList<>();
        for (ModuleDefinition module : course.modules()) {
            int required = 0;
            int done = 0;
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                if (lesson.required()) {
                    required++;
                    done += records.lessonsDone().contains(key(module, lesson)) ? 1 : 0;
                }
            }
            List<QuizAttempt> attempts = records.attempts().stream()
                    .filter(a -> a.getModuleSlug().equals(module.slug())).toList();
            boolean passed = attempts.stream().anyMatch(QuizAttempt::isPassed);
            Integer best = attempts.stream().map(QuizAttempt::getScorePercent).max(Integer::compare).orElse(null);
            int moduleDone = done + (passed ? 1 : 0);
            modules.add(new ModuleProgress(module.slug(), done, required, moduleDone * 100 / (required + 1), passed,
                    attempts.size(), module.quiz().attempts(), best));
        }
        CoursePath path = CoursePath.of(course, records);
        return new CourseProgress(path.percent(), path.minutesLeft(), path, modules);
    }

    /** The step to continue with, if there is one left to do. */
    public Optional<Step> next() {
        return path.next();
    }

    public ModuleProgress module(String slug) {
        return modules.stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }
}
