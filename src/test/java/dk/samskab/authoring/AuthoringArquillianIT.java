package dk.samskab.authoring;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.platform.Text;
import dk.samskab.content.CourseZip;
import dk.samskab.enrolment.CohortService;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.EnrolmentStatus;
import java.time.LocalDate;
import dk.samskab.platform.Language;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.PeopleService;
import dk.samskab.platform.Caller;
import dk.samskab.testsupport.ArquillianDeployments;
import dk.samskab.testsupport.TestCourses;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafts, versions, concurrent saves and zip round trips through the authoring service inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class AuthoringArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ArquillianDeployments.application().addClasses(AuthoringArquillianIT.class, TestCourses.class);
    }

    @Inject
    AuthoringService authoring;

    @Inject
    PeopleService people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CohortService cohorts;

    @Inject
    CourseFiles files;

    @Inject
    OrganisationDirectory organisations;

    private static final Random RANDOM = new Random();

    private Caller instructor(String name) {
        String email = name.toLowerCase() + "-" + System.nanoTime() + "@kp.example.dk";
        people.register(name, email, Language.DA);
        return Caller.of(email, Caller.INSTRUCTOR);
    }

    /** A training manager of the education provider, with the provider in their scope. */
    private Caller providerManager(String name, String organisationCode) {
        String email = "leder-" + System.nanoTime() + "@" + organisationCode + ".example.dk";
        long id = people.register(name, email, Language.DA).getId();
        people.addMembership(email, organisationCode, MembershipRole.LEADER);
        return new Caller(email, Set.of(Caller.TRAINING_MANAGER), id, Set.of(organisations.requireByCode(organisationCode).getId()));
    }

    private static String freshCode() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return letters + "-" + (100 + RANDOM.nextInt(900));
    }

    /** A new course whose draft holds a complete, valid course. */
    private String validCourse(Caller editor) {
        String code = freshCode();
        AuthoringService.Draft draft = authoring.create(editor, code, new Text("Prøvekursus", "Trial course"));
        authoring.save(editor, code, TestCourses.course(code, AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true),
                draft.version());
        return code;
    }

    private static CourseDefinition withFirstLessonBody(CourseDefinition c, String body) {
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        ModuleDefinition m = modules.get(0);
        List<ModuleDefinition.Lesson> lessons = new ArrayList<>(m.lessons());
        ModuleDefinition.Lesson l = lessons.get(0);
        lessons.set(0, l.withBody(new Text(body, body + " (en)")));
        modules.set(0, new ModuleDefinition(m.slug(), m.title(), m.summary(), lessons, m.quiz(), m.reflection()));
        return c.withModules(modules);
    }

    @Test
    void aNewCourseStartsInvalidAndCannotBePublishedUntilItIsComplete() {
        Caller karen = instructor("Karen");
        String code = freshCode();
        AuthoringService.Draft draft = authoring.create(karen, code, new Text("Kun titel", "Title only"));
        CourseValidation validation = authoring.validate(draft.definition());
        assertFalse(validation.ok());
        assertTrue(validation.at("summary", java.util.Locale.ENGLISH).contains("missing Danish text"), validation.byField().toString());
        assertTrue(validation.at("summary", java.util.Locale.forLanguageTag("da")).contains("Den danske tekst mangler."),
                validation.byField().toString());
        AuthoringException refused = assertThrows(AuthoringException.class,
                () -> authoring.publish(karen, code, draft.version(), "første"));
        assertEquals(AuthoringException.Reason.INVALID, refused.reason());
        assertEquals(List.of(), authoring.history(karen, code));
    }

    @Test
    void publishingMakesVersionsAndEnrolledLearnersKeepTheirs() {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        AuthoringService.Draft draft = authoring.open(karen, code);
        assertTrue(authoring.validate(draft.definition()).ok(), authoring.validate(draft.definition()).messages().toString());
        assertEquals(1, authoring.publish(karen, code, draft.version(), "Første udgave").number());

        String early = "tidlig-" + System.nanoTime() + "@example.dk";
        people.register("Tidlig", early, Language.DA);
        enrolments.enrolSelfPaced(early, code);

        draft = authoring.save(karen, code, withFirstLessonBody(draft.definition(), "Ny tekst i version 2."), draft.version());
        assertEquals(2, authoring.publish(karen, code, draft.version(), "Rettet lektion").number());
        String late = "sen-" + System.nanoTime() + "@example.dk";
        people.register("Sen", late, Language.DA);
        enrolments.enrolSelfPaced(late, code);

        assertEquals(1, enrolments.enrolmentIn(early, code).orElseThrow().getCourseVersion().getVersionNumber());
        assertEquals(2, enrolments.enrolmentIn(late, code).orElseThrow().getCourseVersion().getVersionNumber());
        List<TextDiff.Change> changes = authoring.diff(karen, code, 1, 2);
        assertEquals(2, changes.size(), changes.toString());
        assertEquals("Ny tekst i version 2.", changes.get(0).lines().get(0).after(), changes.toString());
        assertEquals(AuthoringException.Reason.NOTHING_TO_PUBLISH, assertThrows(AuthoringException.class,
                () -> authoring.publish(karen, code, authoring.open(karen, code).version(), "igen")).reason());
    }

    @Test
    void ofTwoSavesFromTheSameOpenedVersionTheSecondIsRefused() {
        Caller karen = instructor("Karen");
        Caller jonas = instructor("Jonas");
        String code = validCourse(karen);
        authoring.assign(code, jonas.email());
        AuthoringService.Draft hers = authoring.open(karen, code);
        AuthoringService.Draft his = authoring.open(jonas, code);
        assertEquals(hers.version(), his.version());

        authoring.save(karen, code, withFirstLessonBody(hers.definition(), "Karens tekst."), hers.version());
        AuthoringException refused = assertThrows(AuthoringException.class,
                () -> authoring.save(jonas, code, withFirstLessonBody(his.definition(), "Jonas' tekst."), his.version()));
        assertEquals(AuthoringException.Reason.STALE, refused.reason());
        assertEquals("Karens tekst.", authoring.open(jonas, code).definition().modules().get(0).lessons().get(0).body().da());
    }

    @Test
    void anInstructorWhoIsNotAssignedCannotOpenTheCourse() {
        String code = validCourse(instructor("Karen"));
        Caller other = instructor("Anden");
        assertEquals(AuthoringException.Reason.NOT_YOUR_COURSE,
                assertThrows(AuthoringException.class, () -> authoring.open(other, code)).reason());
        assertEquals(AuthoringException.Reason.NOT_YOUR_COURSE,
                assertThrows(AuthoringException.class, () -> authoring.exportZip(other, code)).reason());
    }

    @Test
    void anEditedCourseExportedAndImportedAgainIsUnchanged() {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        AuthoringService.Draft draft = authoring.open(karen, code);
        draft = authoring.save(karen, code, withFirstLessonBody(draft.definition(), "Redigeret: **vigtigt** og *æøå*."),
                draft.version());
        byte[] zip = authoring.exportZip(karen, code);
        authoring.save(karen, code, withFirstLessonBody(draft.definition(), "En senere ændring."), draft.version());

        AuthoringService.Draft imported = authoring.importZip(karen, zip);
        assertEquals(draft.definition(), imported.definition(), "the zip brings back the exported course, field for field");
    }

    @Test
    void brokenZipsAreRefusedWithAMessageAndChangeNothing() throws IOException {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        AuthoringService.Draft before = authoring.open(karen, code);
        String folder = code.toLowerCase();
        List<byte[]> broken = List.of(
                zip(folder + "/course.yaml", "code: " + code + "\nformat: \"self_paced\n"),
                zip("../" + folder + "/course.yaml", "code: " + code + "\n"),
                zip(folder + "/course.yaml", "x".repeat(6 * 1024 * 1024)),
                new byte[CourseZip.MAX_ZIP_BYTES + 1]);
        for (byte[] bad : broken) {
            AuthoringException refused = assertThrows(AuthoringException.class, () -> authoring.importZip(karen, bad));
            assertEquals(AuthoringException.Reason.BAD_ZIP, refused.reason());
            assertFalse(refused.problems().isEmpty());
        }
        AuthoringService.Draft after = authoring.open(karen, code);
        assertEquals(before.version(), after.version());
        assertEquals(before.definition(), after.definition());
    }

    @Test
    void instructorsRunCohortsOfTheirCoursesAndMoreSeatsPromoteTheWaitlist() {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        AuthoringService.Draft draft = authoring.open(karen, code);
        authoring.publish(karen, code, draft.version(), null);
        LocalDate start = Dates.today().plusWeeks(1);
        CohortService.Settings one = new CohortService.Settings("Hold A", start, start.plusWeeks(6), 1, null, false,
                List.of("kommune-odense", "roede-kors"));
        long cohort = cohorts.create(karen, code, one).getId();
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "holddeltager" + i + "-" + System.nanoTime() + "@example.dk";
            people.register("Holddeltager " + i, email, Language.DA);
            learners.add(email);
            enrolments.enrolInCohort(email, cohort, null);
        }
        assertEquals(1, cohorts.cohorts(karen, code).get(0).enrolled());
        assertEquals(2, cohorts.cohorts(karen, code).get(0).waitlisted());

        cohorts.update(karen, cohort, new CohortService.Settings("Hold A", start, start.plusWeeks(6), 2, null,
                false, List.of("kommune-odense")));
        assertEquals(EnrolmentStatus.ENROLLED, enrolments.enrolmentIn(learners.get(1), code).orElseThrow().getStatus(),
                "the longest-waiting learner gets the new seat");
        assertEquals(EnrolmentStatus.WAITLISTED, enrolments.enrolmentIn(learners.get(2), code).orElseThrow().getStatus());
        assertEquals(EnrolmentException.Reason.COHORT_BELOW_ENROLLED, assertThrows(EnrolmentException.class,
                () -> cohorts.update(karen, cohort, new CohortService.Settings("Hold A", start,
                        start.plusWeeks(6), 1, null, false, List.of()))).reason());
        assertEquals(EnrolmentException.Reason.COHORT_DATES, assertThrows(EnrolmentException.class,
                () -> cohorts.create(karen, code, new CohortService.Settings("Baglæns", start, start.minusDays(1),
                        10, null, false, List.of()))).reason());
        Caller other = instructor("Anden");
        assertEquals(EnrolmentException.Reason.NOT_YOUR_COURSE, assertThrows(EnrolmentException.class,
                () -> cohorts.update(other, cohort, one)).reason());
        assertEquals(3, cohorts.enrolments(karen, cohort).size());
    }

    @Test
    void courseFilesAreCheckedAndTravelWithTheZip() {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertEquals("kort-over-omraadet.png", files.upload(karen, code, "Kort over området.PNG", png).getName());
        assertEquals(AuthoringException.Reason.FILE_TYPE_NOT_ALLOWED, assertThrows(AuthoringException.class,
                () -> files.upload(karen, code, "billede.png", new byte[] {'M', 'Z', 0, 0})).reason());
        assertEquals(AuthoringException.Reason.FILE_TOO_LARGE, assertThrows(AuthoringException.class,
                () -> files.upload(karen, code, "stor.pdf", new byte[CourseFiles.MAX_BYTES + 1])).reason());
        assertEquals(AuthoringException.Reason.NOT_YOUR_COURSE, assertThrows(AuthoringException.class,
                () -> files.upload(instructor("Anden"), code, "kort.png", png)).reason());

        byte[] zip = authoring.exportZip(karen, code);
        files.remove(karen, code, "kort-over-omraadet.png");
        assertTrue(files.find(code, "kort-over-omraadet.png").isEmpty());
        authoring.importZip(karen, zip);
        assertEquals(png.length, files.find(code, "kort-over-omraadet.png").orElseThrow().getSize());
    }

    @Test
    void theAwardingProvidersManagerAssignsInstructorsToItsCoursesOnly() {
        Caller karen = instructor("Karen");
        String code = validCourse(karen);
        authoring.publish(karen, code, authoring.open(karen, code).version(), null);
        Caller kpManager = providerManager("Leder KP", "kp");
        Caller viaManager = providerManager("Leder VIA", "via");
        Caller jonas = instructor("Jonas");

        assertTrue(authoring.assignmentsOfProviderManager(kpManager).stream().anyMatch(a -> a.code().equals(code)));
        assertTrue(authoring.assignmentsOfProviderManager(viaManager).stream().noneMatch(a -> a.code().equals(code)));
        assertEquals(AuthoringException.Reason.NOT_YOUR_COURSE, assertThrows(AuthoringException.class,
                () -> authoring.assignAsProviderManager(viaManager, code, jonas.email())).reason());
        authoring.assignAsProviderManager(kpManager, code, jonas.email());
        assertEquals(code, authoring.open(jonas, code).code(), "the assigned instructor may now edit the course");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
