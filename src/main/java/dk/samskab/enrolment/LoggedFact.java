package dk.samskab.enrolment;

/**
 * A fact about an enrolment that goes into the learning-event log. The package that owns the fact
 * defines it as a record implementing this and fires it as a CDI event in the fact's own
 * transaction; {@link LearningEventLog} observes them all and writes the row.
 */
public interface LoggedFact {

    Enrolment enrolment();

    /** The stored type code in learning_event.type; reports and existing rows use it, so it never changes. */
    String type();

    /** A language-neutral detail (a lesson key, a score, a grade), or null. */
    String detail();
}
