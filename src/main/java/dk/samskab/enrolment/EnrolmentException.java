package dk.samskab.enrolment;

/** A refused enrolment request, with a reason that pages turn into a message in the user's language. */
public class EnrolmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each reason has the bundle key enrolment.refused.&lt;REASON&gt;. */
    public enum Reason {
        UNKNOWN_COHORT,
        WRONG_KEY,
        ALREADY_ENROLLED,
        COHORT_ENDED,
        NOT_ENROLLED,
        NOT_PENDING,
        REASON_REQUIRED,
        NOT_YOUR_COURSE,
        COURSE_NOT_PUBLISHED,
        COHORT_NAME_MISSING,
        COHORT_DATES,
        COHORT_CAPACITY,
        COHORT_BELOW_ENROLLED
    }

    private final Reason reason;

    public EnrolmentException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
