package dk.samskab.learning;

/** A refused learning action, with a reason pages turn into a message (bundle key learning.refused.&lt;REASON&gt;). */
public class LearningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_ENROLLED,
        NOT_STARTED,
        HAND_IN_DEADLINE_PASSED,
        UNKNOWN_LESSON,
        UNKNOWN_MODULE,
        NO_ATTEMPTS_LEFT,
        NO_FINAL_ASSIGNMENT,
        NOT_READY_FOR_ASSESSMENT,
        EMPTY_SUBMISSION,
        SUBMISSION_TOO_LONG,
        ALREADY_ASSESSED,
        UNKNOWN_TASK,
        FILE_EMPTY,
        FILE_TOO_LARGE,
        FILE_TYPE_NOT_ALLOWED,
        /** The final assignment needs a sign-in of a higher level of assurance (e.g. MitID) than this one. */
        ASSURANCE_TOO_LOW,
        /** An e-learning package's lesson is done when the package reports it, not by a button. */
        PACKAGE_DECIDES,
        /** The run-time sent data that is not a SCORM data model, or more than a learner's data can be. */
        RUNTIME_DATA_REFUSED
    }

    private final Reason reason;

    public LearningException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
