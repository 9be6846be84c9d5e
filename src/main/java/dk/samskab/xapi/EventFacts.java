package dk.samskab.xapi;

import dk.samskab.catalogue.CourseDefinition;
import java.time.Instant;

/**
 * A learning event as the statement mapping needs it: the log row's fields, the opaque name of the
 * person as an actor, and the course version the enrolment follows (for names; null if unknown).
 */
public record EventFacts(long id, String statementId, String type, String detail, Instant occurredAt, long enrolmentId,
        String actorName, CourseDefinition course) {
}
