package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/**
 * The fact that an enrolment's course was completed, fired inside the completing transaction so
 * that what follows from it (the log row, the certificate) is written with it or not at all.
 */
public record CourseCompleted(Enrolment enrolment) implements LoggedFact {

    @Override
    public String type() {
        return "COMPLETED";
    }

    @Override
    public String detail() {
        return null;
    }
}
