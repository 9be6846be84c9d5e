package dk.samskab.enrolment;

/** Where an enrolment stands. Only ENROLLED and COMPLETED hold a seat. */
public enum EnrolmentStatus {
    PENDING,
    ENROLLED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    COMPLETED;

    public boolean holdsSeat() {
        return this == ENROLLED || this == COMPLETED;
    }
}
