package dk.samskab.enrolment;

import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.Person;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person taking one version of a course, in a cohort or self-paced. The version is fixed at
 * enrolment: publishing a newer version never changes what the learner is taking.
 */
@Entity
@Table(name = "enrolment")
// The course versions come in one batch query, which leaves out their lazy document: a JOIN
// FETCH would read every course's document (hundreds of kilobytes) with the person's enrolments.
@NamedQuery(name = Enrolment.OF_PERSON, query = "SELECT e FROM Enrolment e"
        + " WHERE e.person.email = :email ORDER BY e.requestedAt DESC", hints = {
        @QueryHint(name = "eclipselink.batch", value = "e.courseVersion"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Enrolment.OF_PERSON_AND_COURSE, query = "SELECT e FROM Enrolment e"
        + " WHERE e.person = :person AND e.course = :course")
@NamedQuery(name = Enrolment.SEATS_TAKEN, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :cohort"
        + " AND e.status IN (dk.samskab.enrolment.EnrolmentStatus.ENROLLED, dk.samskab.enrolment.EnrolmentStatus.COMPLETED)")
@NamedQuery(name = Enrolment.PENDING, query = "SELECT e FROM Enrolment e JOIN FETCH e.person"
        + " WHERE e.status = dk.samskab.enrolment.EnrolmentStatus.PENDING AND ("
        + " (:instructor = TRUE AND EXISTS (SELECT i FROM Course c JOIN c.instructors i WHERE c = e.course AND i.email = :email))"
        + " OR (:manager = TRUE AND EXISTS (SELECT m FROM Membership m WHERE m.person = e.person"
        + " AND m.organisation.id IN :organisations)))"
        + " ORDER BY e.requestedAt, e.id")
@NamedQuery(name = Enrolment.READERS, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.person.email = :email"
        + " AND e.course.code = :code AND e.status IN (dk.samskab.enrolment.EnrolmentStatus.ENROLLED,"
        + " dk.samskab.enrolment.EnrolmentStatus.COMPLETED)")
@NamedQuery(name = Enrolment.WAITLIST, query = "SELECT e FROM Enrolment e WHERE e.cohort = :cohort"
        + " AND e.status = dk.samskab.enrolment.EnrolmentStatus.WAITLISTED ORDER BY e.requestedAt, e.id")
public class Enrolment extends BaseEntity {

    public static final String OF_PERSON = "Enrolment.ofPerson";
    public static final String OF_PERSON_AND_COURSE = "Enrolment.ofPersonAndCourse";
    public static final String SEATS_TAKEN = "Enrolment.seatsTaken";
    public static final String WAITLIST = "Enrolment.waitlist";
    public static final String PENDING = "Enrolment.pending";
    public static final String READERS = "Enrolment.readers";

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @ManyToOne
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected Enrolment() {
    }

    Enrolment(Person person, CourseVersion version, Cohort cohort) {
        this.person = person;
        this.course = version.getCourse();
        this.courseVersion = version;
        this.cohort = cohort;
        this.requestedAt = Instant.now();
    }

    void enrol() {
        status = EnrolmentStatus.ENROLLED;
        enrolledAt = Instant.now();
    }

    void waitlist() {
        status = EnrolmentStatus.WAITLISTED;
    }

    void awaitApproval() {
        status = EnrolmentStatus.PENDING;
    }

    void decide(String by, String reason) {
        decidedBy = by;
        decisionReason = reason;
    }

    void reject() {
        status = EnrolmentStatus.REJECTED;
    }

    void withdraw() {
        status = EnrolmentStatus.WITHDRAWN;
    }

    /** A new request after a withdrawal: back in the queue from now, on the cohort's version. */
    void requestAgain(CourseVersion version, Cohort newCohort) {
        courseVersion = version;
        cohort = newCohort;
        requestedAt = Instant.now();
        enrolledAt = null;
        decidedBy = null;
        decisionReason = null;
    }

    public void complete() {
        status = EnrolmentStatus.COMPLETED;
        completedAt = Instant.now();
    }

    public Person getPerson() {
        return person;
    }

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
