package dk.samskab.demo;

import dk.samskab.platform.Dates;
import dk.samskab.account.AccountService;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.enrolment.Cohort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Writes all demo data in one transaction, so a failed start leaves nothing half-loaded. */
@ApplicationScoped
public class DemoDataWriter {

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationDirectory organisations;

    @PersistenceContext
    EntityManager em;

    /**
     * Cohorts of the five courses, one of them small enough to show the waitlist. The two ECTS
     * cohorts started a week ago, so their lessons can be tried at once; two others start in two
     * weeks, to show what a learner sees before the start.
     */
    @Transactional
    public boolean writeCohortsIfNone() {
        if (!em.createQuery("SELECT c FROM Cohort c", Cohort.class).setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        LocalDate start = Dates.today().plusWeeks(2);
        LocalDate running = Dates.today().minusWeeks(1);
        cohort("FAC-102", "Facilitering – Aarhus, lille hold", start, start.plusWeeks(6), 2, null,
                "kommune-aarhus", "roede-kors", "aeldresagen", "frivilligcenter-aarhus");
        cohort("LED-201", "Ledelse af partnerskaber – Roskilde", running, running.plusWeeks(12), 25, "partnerskab",
                "kommune-roskilde", "dansk-flygtningehjaelp", "frivilligcenter-roskilde");
        cohort("SAM-101", "Samskabelse i praksis – hold 1", running, running.plusWeeks(10), 30, null, "kommune-aarhus");
        Cohort approval = cohort("EVA-202", "Evaluering – Aarhus, efter godkendelse", start, start.plusWeeks(8), 20, null,
                "kommune-aarhus", "frivilligcenter-aarhus");
        if (approval != null) {
            approval.requireApproval();
        }
        cohort("FRI-001", "Frivillige i Aarhus", Dates.today(), start.plusWeeks(8), 40, null,
                "kommune-aarhus", "roede-kors", "aeldresagen", "dansk-flygtningehjaelp", "frivilligcenter-aarhus");
        return true;
    }

    private Cohort cohort(String courseCode, String name, LocalDate start, LocalDate end, Integer seats, String key,
            String... organisationCodes) {
        CourseVersion version = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                .setParameter("code", courseCode).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (version == null) {
            // The course-content import reported problems; the demo goes on without this cohort.
            return null;
        }
        Cohort cohort = new Cohort(version, name, start, end, seats, key);
        cohort.newInviteToken();
        for (String code : organisationCodes) {
            organisations.findByCode(code).ifPresent(cohort::addOrganisation);
        }
        em.persist(cohort);
        return cohort;
    }

    /**
     * The Aarhus training manager's scope (the municipality and its partnership for visiting
     * friends) and a few enrolments for the reports: Aarhus staff and a Red Cross volunteer in the
     * shared volunteer cohort, and a leader in neighbouring Roskilde whom Aarhus must not see.
     */
    @Transactional
    public boolean writeReportingDemoIfNone() {
        Person jens = people.findByEmail(DemoPeople.MANAGER.email()).orElse(null);
        if (jens == null || !em.createQuery("SELECT s FROM ManagerScope s", dk.samskab.access.ManagerScope.class)
                .setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        em.persist(dk.samskab.access.ManagerScope.ofOrganisation(jens, organisations.requireByCode("kommune-aarhus")));
        organisations.findPartnership("aarhus-aeldre-besoegsvenner")
                .ifPresent(p -> em.persist(dk.samskab.access.ManagerScope.ofPartnership(jens, p)));
        dk.samskab.enrolment.Enrolments rules = new dk.samskab.enrolment.Enrolments(em);
        enrol(rules, DemoPeople.LEARNER_BIRTHE, "Frivillige i Aarhus", null);
        enrol(rules, DemoPeople.LEARNER_SOEREN, "Frivillige i Aarhus", null);
        enrol(rules, DemoPeople.LEARNER_LONE, "Ledelse af partnerskaber – Roskilde", "partnerskab");
        return true;
    }

    private void enrol(dk.samskab.enrolment.Enrolments rules, DemoPeople who, String cohortName, String key) {
        Person person = people.findByEmail(who.email()).orElse(null);
        Cohort cohort = em.createQuery("SELECT c FROM Cohort c WHERE c.name = :name", Cohort.class)
                .setParameter("name", cohortName).getResultStream().findFirst().orElse(null);
        if (person != null && cohort != null) {
            rules.enrolInCohort(person, cohort.getId(), key);
        }
    }

    /** The demo instructor teaches every course that has no instructor yet. */
    @Transactional
    public int assignDemoInstructor() {
        Person karen = people.findByEmail(DemoPeople.INSTRUCTOR.email()).orElse(null);
        if (karen == null) {
            return 0;
        }
        List<Course> untaught = em.createQuery("SELECT c FROM Course c WHERE c.instructors IS EMPTY", Course.class)
                .getResultList();
        untaught.forEach(course -> course.getInstructors().add(karen));
        return untaught.size();
    }

    @Transactional
    public void writeAll() {
        for (DemoPeople demo : DemoPeople.values()) {
            Person person = people.register(demo.fullName(), demo.email(), demo.language());
            demo.memberships().forEach((code, role) -> people.addMembership(person.getEmail(), code, role));
            accounts.createAccount(person, DemoData.DEMO_PASSWORD.toCharArray(), demo.roles());
        }
        organisations.createPartnership("aarhus-aeldre-besoegsvenner", "Besøgsvenner til ældre i Aarhus",
                "kommune-aarhus", List.of("roede-kors", "aeldresagen", "frivilligcenter-aarhus"));
        organisations.createPartnership("roskilde-flygtninge-netvaerk", "Netværk for nyankomne flygtninge i Roskilde",
                "kommune-roskilde", List.of("dansk-flygtningehjaelp", "frivilligcenter-roskilde"));
    }
}
