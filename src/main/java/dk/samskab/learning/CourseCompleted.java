package dk.samskab.learning;

/**
 * The fact that an enrolment's course was completed, fired inside the completing transaction so
 * that what follows from it (the certificate) is written with it or not at all.
 */
public record CourseCompleted(long enrolmentId) {
}
