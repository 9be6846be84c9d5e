package dk.samskab.learning;

import dk.samskab.platform.Text;

/**
 * One step of a course as a learner takes it: a lesson, a module's quiz or reflection task, or
 * the final assignment, with an estimate of the time it takes and whether the learner has done it.
 *
 * @param moduleSlug the module of a lesson, quiz or reflection task; null for the final assignment
 * @param lessonSlug the lesson's own slug; null for every other kind
 * @param title the lesson's title, the module's title for its quiz and reflection task, or the final assignment's title
 */
public record Step(Kind kind, String moduleSlug, String lessonSlug, Text title, int minutes, boolean required, State state) {

    public enum Kind {
        LESSON,
        QUIZ,
        REFLECTION,
        FINAL_ASSIGNMENT
    }

    /** TO_DO: the learner has something to do; WAITING: handed in and waiting for the assessment; DONE. */
    public enum State {
        TO_DO,
        WAITING,
        DONE
    }

    /** The step's name, unique within its course: "module/lesson", "quiz:module", "task:module" or "task:final". */
    public String key() {
        return switch (kind) {
            case LESSON -> moduleSlug + "/" + lessonSlug;
            case QUIZ -> "quiz:" + moduleSlug;
            case REFLECTION -> "task:" + moduleSlug;
            case FINAL_ASSIGNMENT -> "task:" + Submission.FINAL;
        };
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isToDo() {
        return state == State.TO_DO;
    }
}
