package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.learning.Submission;

/**
 * A hand-in assessed: the final assignment with its grade on the 7-point scale (grade is then
 * "-3" … "12") or as passed or not, or a reflection task (task is the module's slug) as approved
 * or sent back. The log's detail is language-neutral: the grade, or PASSED / FAILED.
 */
public record Assessed(Enrolment enrolment, String task, String grade, boolean passed) implements LoggedFact {

    static final String PASSED = "PASSED";
    static final String FAILED = "FAILED";

    public boolean finalAssignment() {
        return Submission.FINAL.equals(task);
    }

    @Override
    public String type() {
        return finalAssignment() ? "ASSESSED" : "REFLECTION_ASSESSED";
    }

    @Override
    public String detail() {
        String result = grade != null ? grade : passed ? PASSED : FAILED;
        return finalAssignment() ? result : task + " " + result;
    }
}
