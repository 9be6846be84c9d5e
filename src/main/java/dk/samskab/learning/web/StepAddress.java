package dk.samskab.learning.web;

import dk.samskab.learning.Step;

/** Where each kind of step is taken: the address a link opens, and the redirect after an action. */
public final class StepAddress {

    private StepAddress() {
    }

    /** The page of a step, or the course page when there is no step. Slugs are URL-safe by the content rules. */
    public static String of(long enrolmentId, Step step) {
        if (step == null) {
            return "/learner/course.xhtml?e=" + enrolmentId;
        }
        return switch (step.kind()) {
            case LESSON -> "/learner/lesson.xhtml?e=" + enrolmentId + "&m=" + step.moduleSlug() + "&l=" + step.lessonSlug();
            case QUIZ -> "/learner/quiz.xhtml?e=" + enrolmentId + "&m=" + step.moduleSlug();
            case REFLECTION -> "/learner/task.xhtml?e=" + enrolmentId + "&t=" + step.moduleSlug();
            case FINAL_ASSIGNMENT -> "/learner/task.xhtml?e=" + enrolmentId + "&t=final";
        };
    }

    /** The same address as a navigation outcome that redirects. */
    public static String redirect(long enrolmentId, Step step) {
        return of(enrolmentId, step).replace("?", "?faces-redirect=true&");
    }
}
