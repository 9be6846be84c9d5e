package dk.samskab.enrolment;

/** The progress facts recorded for every enrolment; reporting and xAPI read them later. */
public enum LearningEventType {
    ENROLMENT_REQUESTED,
    ENROLMENT_REJECTED,
    ENROLLED,
    WAITLISTED,
    PROMOTED_FROM_WAITLIST,
    WITHDRAWN,
    LESSON_COMPLETED,
    QUIZ_PASSED,
    QUIZ_FAILED,
    FINAL_SUBMITTED,
    REFLECTION_SUBMITTED,
    REFLECTION_ASSESSED,
    ASSESSED,
    COMPLETED,
    CREDIT_AWARDED,
    CERTIFICATE_ISSUED
}
