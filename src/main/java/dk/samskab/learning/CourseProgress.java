package dk.samskab.learning;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How far a learner is in one course version: lessons done, quizzes passed, what to do next and
 * the time left, computed from the course and the learner's records.
 */
public record CourseProgress(int percent, int minutesLeft, String nextLessonKey, List<ModuleProgress> modules,
        boolean lessonsAndQuizzesDone) {

    /** One module's progress. */
    public record ModuleProgress(String slug, int lessonsDone, int lessonsRequired, int percent, boolean quizPassed,
            int attemptsUsed, int attemptsAllowed, Integer bestScore) {
        public boolean attemptsLeft() {
            return attemptsUsed < attemptsAllowed;
        }
    }

    /** Everything the learner has done, as read from the database. */
    public record Records(Set<String> lessonsDone, List<QuizAttempt> attempts) {
    }

    public static String key(ModuleDefinition module, ModuleDefinition.Lesson lesson) {
        return module.slug() + "/" + lesson.slug();
    }

    public static CourseProgress of(CourseDefinition course, Records records) {
        List<ModuleProgress> modules = new ArrayList<>();
        int items = 0;
        int itemsDone = 0;
        int minutesLeft = 0;
        String next = null;
        for (ModuleDefinition module : course.modules()) {
            int required = 0;
            int done = 0;
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                boolean isDone = records.lessonsDone().contains(key(module, lesson));
                if (lesson.required()) {
                    required++;
                    done += isDone ? 1 : 0;
                }
                if (!isDone) {
                    minutesLeft += lesson.minutes();
                    next = next == null ? key(module, lesson) : next;
                }
            }
            List<QuizAttempt> attempts = records.attempts().stream()
                    .filter(a -> a.getModuleSlug().equals(module.slug())).toList();
            boolean passed = attempts.stream().anyMatch(QuizAttempt::isPassed);
            Integer best = attempts.stream().map(QuizAttempt::getScorePercent).max(Integer::compare).orElse(null);
            int moduleItems = required + 1;
            int moduleDone = done + (passed ? 1 : 0);
            modules.add(new ModuleProgress(module.slug(), done, required, moduleDone * 100 / moduleItems, passed,
                    attempts.size(), module.quiz().attempts(), best));
            items += moduleItems;
            itemsDone += moduleDone;
        }
        int percent = items == 0 ? 0 : itemsDone * 100 / items;
        return new CourseProgress(percent, minutesLeft, next, modules, itemsDone == items);
    }

    public ModuleProgress module(String slug) {
        return modules.stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }
}
