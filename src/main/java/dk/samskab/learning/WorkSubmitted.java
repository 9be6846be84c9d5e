package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/** A hand-in: the final assignment, or a module's reflection task (task is then the module's slug). */
public record WorkSubmitted(Enrolment enrolment, String task) implements LoggedFact {

    public boolean finalAssignment() {
        return Submission.FINAL.equals(task);
    }

    @Override
    public String type() {
        return finalAssignment() ? "FINAL_SUBMITTED" : "REFLECTION_SUBMITTED";
    }

    @Override
    public String detail() {
        return finalAssignment() ? null : task;
    }
}
