package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/** A graded quiz attempt, passed or failed. */
public record QuizAttempted(Enrolment enrolment, String moduleSlug, int scorePercent, boolean passed) implements LoggedFact {

    @Override
    public String type() {
        return passed ? "QUIZ_PASSED" : "QUIZ_FAILED";
    }

    @Override
    public String detail() {
        return moduleSlug + " " + scorePercent + "%";
    }
}
