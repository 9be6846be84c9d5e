package dk.samskab.enrolment;

/**
 * The enrolment's own facts in the learning-event log, stored by name. The facts of learning and
 * credit (lesson completed, assessed, …) are records in those packages that name their own stored
 * codes; see {@link LoggedFact}.
 */
public enum LearningEventType {
    ENROLMENT_REQUESTED,
    ENROLMENT_REJECTED,
    ENROLLED,
    WAITLISTED,
    PROMOTED_FROM_WAITLIST,
    WITHDRAWN
}
