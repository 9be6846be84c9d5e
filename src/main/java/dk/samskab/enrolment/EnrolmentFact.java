package dk.samskab.enrolment;

/** One of the enrolment's own facts (enrolled, waitlisted, withdrawn …), for the learning-event log. */
record EnrolmentFact(Enrolment enrolment, LearningEventType kind, String detail) implements LoggedFact {

    @Override
    public String type() {
        return kind.name();
    }
}
