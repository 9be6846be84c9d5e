package dk.samskab.reporting;

import dk.samskab.access.ManagerScope;
import dk.samskab.platform.Dates;
import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.content.CourseImporter;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import dk.samskab.testsupport.TestCourses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** A small world for the scope tests, written inside the container. */
@ApplicationScoped
@Transactional
public class ReportFixtures {

    @PersistenceContext
    EntityManager em;

    private Person person(String email) {
        return em.createQuery("SELECT p FROM Person p WHERE p.email = :e", Person.class).setParameter("e", email).getSingleResult();
    }

    private Organisation organisation(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class).setParameter("c", code)
                .getSingleResult();
    }

    public void publish(String code) {
        new CourseImporter(em).publish(TestCourses.course(code, AssessmentScale.PASS_FAIL, null, false), "test", null);
    }

    public long cohort(String courseCode, String name, String... organisationCodes) {
        CourseVersion version = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", courseCode)
                .setMaxResults(1).getSingleResult();
        Cohort cohort = new Cohort(version, name, Dates.today(), Dates.today().plusWeeks(6), null, null);
        for (String code : organisationCodes) {
            cohort.addOrganisation(organisation(code));
        }
        em.persist(cohort);
        em.flush();
        return cohort.getId();
    }

    public long enrol(String email, long cohortId) {
        dk.samskab.enrolment.Enrolment enrolment = new Enrolments(em).enrolInCohort(person(email), cohortId, null);
        em.flush();
        return enrolment.getId();
    }

    /** Marks an enrolment completed with 5 ECTS (grade 7) from the given provider, as grading would. */
    public void completeWithCredit(long enrolmentId, String providerCode) {
        em.createNativeQuery("UPDATE enrolment SET status = 'COMPLETED', completed_at = CURRENT_TIMESTAMP(3) WHERE id = ?1")
                .setParameter(1, enrolmentId).executeUpdate();
        em.createNativeQuery("INSERT INTO credit_award (enrolment_id, provider_id, ects, grade, ects_letter, awarded_on)"
                + " VALUES (?1, ?2, 5.0, '7', 'C', CURRENT_DATE)").setParameter(1, enrolmentId)
                .setParameter(2, organisationId(providerCode)).executeUpdate();
    }

    /** Moves a cohort into the past, so that its unfinished learners are overdue. */
    public void endCohort(long cohortId) {
        em.createNativeQuery("UPDATE cohort SET starts_on = CURRENT_DATE - INTERVAL 60 DAY, ends_on = CURRENT_DATE - INTERVAL 1 DAY"
                + " WHERE id = ?1").setParameter(1, cohortId).executeUpdate();
    }

    /** The learner's last progress was this many days ago. */
    public void lastActivity(long enrolmentId, int daysAgo) {
        em.createNativeQuery("UPDATE enrolment SET last_activity_at = CURRENT_TIMESTAMP(3) - INTERVAL ?1 DAY WHERE id = ?2")
                .setParameter(1, daysAgo).setParameter(2, enrolmentId).executeUpdate();
    }

    public void scopeOrganisation(String managerEmail, String organisationCode) {
        em.persist(ManagerScope.ofOrganisation(person(managerEmail), organisation(organisationCode)));
    }

    public void scopePartnership(String managerEmail, String partnershipCode) {
        Partnership partnership = em.createQuery("SELECT p FROM Partnership p WHERE p.code = :c", Partnership.class)
                .setParameter("c", partnershipCode).getSingleResult();
        em.persist(ManagerScope.ofPartnership(person(managerEmail), partnership));
    }

    public long organisationId(String code) {
        return organisation(code).getId();
    }

    public long personId(String email) {
        return person(email).getId();
    }
}
