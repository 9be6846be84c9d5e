package dk.samskab.learning;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.learning.Step.Kind;
import dk.samskab.learning.Step.State;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one ordered list of a course's steps for one learner: each module's lessons, then its
 * quiz, then its reflection task, and at the end the final assignment. The way on from a step,
 * "continue where you left off", what is left, the share done and the time left are all read
 * from this list, so no page works them out for itself.
 *
 * <p>Lessons count as the course marks them. Every quiz must be passed. A reflection task is
 * required where the course ends with a final assignment: the assignment builds on it, so it must
 * be handed in (and not sent back) before the assignment can be. In a course without a final
 * assignment reflection tasks are offered but optional. The final assignment is done when it has
 * passed; while it waits for its assessment the learner has nothing left to do.
 */
public final class CoursePath {

    /** Reading a question, answering it and reading the feedback. */
    static final int MINUTES_PER_QUESTION = 2;

    /** Writing a reflection of a few hundred words on one's own practice. */
    static final int REFLECTION_MINUTES = 45;

    /** The least a final assignment is estimated at, even where the stated workload leaves less. */
    static final int FINAL_ASSIGNMENT_MINIMUM = 120;

    private final List<Step> steps;

    private CoursePath(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static CoursePath of(CourseDefinition course, CourseProgress.Records records) {
        boolean reflectionsRequired = reflectionsRequired(course);
        List<Step> steps = new ArrayList<>();
        for (ModuleDefinition module : course.modules()) {
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                boolean done = records.lessonsDone().contains(CourseProgress.key(module, lesson));
                steps.add(new Step(Kind.LESSON, module.slug(), lesson.slug(), lesson.title(), lesson.minutes(),
                        lesson.required(), done ? State.DONE : State.TO_DO));
            }
            boolean passed = records.attempts().stream()
                    .anyMatch(a -> a.getModuleSlug().equals(module.slug()) && a.isPassed());
            steps.add(new Step(Kind.QUIZ, module.slug(), null, module.title(),
                    module.quiz().questions().size() * MINUTES_PER_QUESTION, true, passed ? State.DONE : State.TO_DO));
            if (module.reflection() != null) {
                // Handed in counts; only a reflection the instructor sent back is to do again.
                boolean handedIn = records.submission(module.slug()).filter(s -> !Boolean.FALSE.equals(s.getPassed())).isPresent();
                steps.add(new Step(Kind.REFLECTION, module.slug(), null, module.title(), REFLECTION_MINUTES,
                        reflectionsRequired, handedIn ? State.DONE : State.TO_DO));
            }
        }
        CourseDefinition.FinalAssignment assignment = course.assessment().finalAssignment();
        if (assignment != null) {
            State state = records.submission(Submission.FINAL)
                    .map(s -> s.getPassed() == null ? State.WAITING : s.getPassed() ? State.DONE : State.TO_DO)
                    .orElse(State.TO_DO);
            steps.add(new Step(Kind.FINAL_ASSIGNMENT, null, null, assignment.title(), finalAssignmentMinutes(course, steps),
                    true, state));
        }
        return new CoursePath(steps);
    }

    /** Reflection tasks are required where a final assignment builds on them. */
    public static boolean reflectionsRequired(CourseDefinition course) {
        return course.assessment().finalAssignment() != null;
    }

    /**
     * The final assignment is estimated at what the course's stated workload leaves once the
     * online steps are counted: the reading, campus days and writing the assignment rests on.
     */
    private static int finalAssignmentMinutes(CourseDefinition course, List<Step> online) {
        BigDecimal workload = course.workloadHours() == null ? BigDecimal.ZERO : course.workloadHours();
        int rest = workload.multiply(BigDecimal.valueOf(60)).intValue() - online.stream().mapToInt(Step::minutes).sum();
        return Math.max(rest, FINAL_ASSIGNMENT_MINIMUM);
    }

    public List<Step> steps() {
        return steps;
    }

    /** The required steps not yet done, in order: what the learner still needs for completion. */
    public List<Step> remaining() {
        return steps.stream().filter(s -> s.required() && !s.isDone()).toList();
    }

    /** How many required steps of that kind are not yet done. */
    public int remainingCount(Kind kind) {
        return (int) remaining().stream().filter(s -> s.kind() == kind).count();
    }

    /** The time the learner still has to spend: the required steps still to do (a hand-in waiting to be assessed takes none). */
    public int minutesLeft() {
        return steps.stream().filter(s -> s.required() && s.isToDo()).mapToInt(Step::minutes).sum();
    }

    /** The share of the required steps done, in whole per cent. */
    public int percent() {
        long required = steps.stream().filter(Step::required).count();
        long done = steps.stream().filter(s -> s.required() && s.isDone()).count();
        return required == 0 ? 0 : (int) (done * 100 / required);
    }

    public boolean allRequiredDone() {
        return steps.stream().filter(Step::required).allMatch(Step::isDone);
    }

    /** The final assignment may be handed in once every other required step is done. */
    public boolean readyForFinalAssignment() {
        return steps.stream().filter(s -> s.required() && s.kind() != Kind.FINAL_ASSIGNMENT).allMatch(Step::isDone);
    }

    /**
     * Continue where the learner left off: the first step in the course's order that is still to
     * do, where an optional step counts only if the learner has not gone past it.
     */
    public Optional<Step> next() {
        int furthest = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isDone()) {
                furthest = i;
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.isToDo() && (step.required() || i > furthest)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /**
     * The way on from a step: the next step to do after it in the course's order, or else the
     * first required step still to do anywhere, so the way on leads through every required step.
     * Empty when nothing is left to do.
     */
    public Optional<Step> after(Step step) {
        return onwardFrom(steps.indexOf(find(step.key()).orElse(step)));
    }

    private Optional<Step> onwardFrom(int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            if (steps.get(i).isToDo()) {
                return Optional.of(steps.get(i));
            }
        }
        return steps.stream().filter(s -> s.required() && s.isToDo() && steps.indexOf(s) != index).findFirst();
    }

    public Optional<Step> find(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Step> lesson(String moduleSlug, String lessonSlug) {
        return find(moduleSlug + "/" + lessonSlug);
    }

    public Optional<Step> quiz(String moduleSlug) {
        return find("quiz:" + moduleSlug);
    }

    /** A hand-in step: a module's reflection task, or "final" for the final assignment. */
    public Optional<Step> task(String name) {
        return find("task:" + name);
    }

    public Optional<Step> finalAssignment() {
        return task(Submission.FINAL);
    }
}
