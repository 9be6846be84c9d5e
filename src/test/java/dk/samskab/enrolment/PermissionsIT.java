package dk.samskab.enrolment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.Course;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import dk.samskab.platform.Language;
import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may teach a course, read its material and act for a person, asked of the one place that answers. */
class PermissionsIT {

    private static final String COURSE = "FRI-001";
    private static EntityManagerFactory factory;

    @BeforeAll
    static void courseWithAnInstructorAndALearner() {
        factory = StandaloneJpa.withShippedCourses("samskab_permissions_" + System.nanoTime());
        StandaloneJpa.inTransaction(factory, em -> {
            Person teacher = person(em, "Karen Lærer", "karen@kp.example.dk");
            course(em).getInstructors().add(teacher);
            Person learner = person(em, "Birthe Frivillig", "birthe@roedekors.example.dk");
            learner.joinAs(organisation(em, "roede-kors"), MembershipRole.VOLUNTEER);
            new Enrolments(em).enrolSelfPaced(learner, StandaloneJpa.latest(em, COURSE));
            person(em, "Anden Lærer", "anden@kp.example.dk");
            return null;
        });
    }

    @Test
    void onlyTheCoursesInstructorsAndAdminsTeachIt() {
        ask(permissions -> {
            assertTrue(permissions.taught(Caller.of("karen@kp.example.dk", Caller.INSTRUCTOR), COURSE).isPresent());
            assertTrue(permissions.taught(Caller.of("sofie@samskab.dk", Caller.ADMIN), COURSE).isPresent());
            assertFalse(permissions.taught(Caller.of("anden@kp.example.dk", Caller.INSTRUCTOR), COURSE).isPresent(),
                    "an instructor of other courses");
            assertFalse(permissions.taught(Caller.of("karen@kp.example.dk", Caller.INSTRUCTOR), "XYZ-999").isPresent(),
                    "a course that does not exist is answered like one that is not yours");
        });
    }

    @Test
    void theMaterialIsForItsTeachersAndItsEnrolledLearners() {
        ask(permissions -> {
            assertTrue(permissions.maySee(Caller.of("karen@kp.example.dk", Caller.INSTRUCTOR), COURSE));
            assertTrue(permissions.maySee(Caller.of("birthe@roedekors.example.dk", Caller.LEARNER), COURSE));
            assertTrue(permissions.maySee(Caller.of("sofie@samskab.dk", Caller.ADMIN), COURSE));
            assertFalse(permissions.maySee(Caller.of("anden@kp.example.dk", Caller.LEARNER), COURSE), "not enrolled");
            assertFalse(permissions.maySee(Caller.of("birthe@roedekors.example.dk", Caller.LEARNER), "SAM-101"),
                    "enrolled in another course only");
        });
    }

    @Test
    void aManagerActsForThePeopleInTheOrganisationsOfTheirScope() {
        ask(permissions -> {
            EntityManager em = permissions.em;
            Person birthe = em.createQuery("SELECT p FROM Person p WHERE p.email = 'birthe@roedekors.example.dk'", Person.class)
                    .getSingleResult();
            long redCross = organisation(em, "roede-kors").getId();
            long roskilde = organisation(em, "kommune-roskilde").getId();
            assertTrue(permissions.manages(manager(Set.of(redCross)), birthe));
            assertFalse(permissions.manages(manager(Set.of(roskilde)), birthe), "another organisation's manager");
            assertFalse(permissions.manages(Caller.of("karen@kp.example.dk", Caller.INSTRUCTOR), birthe),
                    "an instructor is no manager");
        });
    }

    private static Caller manager(Set<Long> organisations) {
        return new Caller("jens@aarhus.example.dk", Set.of(Caller.TRAINING_MANAGER), 1L, organisations);
    }

    private static void ask(java.util.function.Consumer<Permissions> questions) {
        EntityManager em = factory.createEntityManager();
        try {
            Permissions permissions = new Permissions();
            permissions.em = em;
            questions.accept(permissions);
        } finally {
            em.close();
        }
    }

    private static Person person(EntityManager em, String name, String email) {
        Person person = new Person(name, email, Language.DA);
        em.persist(person);
        return person;
    }

    private static Course course(EntityManager em) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", COURSE).getSingleResult();
    }

    private static Organisation organisation(EntityManager em, String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code).getSingleResult();
    }
}
