package dk.samskab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.enrolment.BulkEnrolment;
import dk.samskab.platform.Language;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.PeopleService;
import dk.samskab.testsupport.ArquillianDeployments;
import dk.samskab.testsupport.TestCourses;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scope enforcement for every report query, inside Payara Micro: a manager of Odense sees Odense
 * staff and Red Cross volunteers in cohorts shared with Odense; never Vejle, never a membership
 * outside the scope, and not through altered ids either.
 */
@ExtendWith(ArquillianExtension.class)
class ReportScopeArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ArquillianDeployments.application()
                .addClasses(ReportScopeArquillianIT.class, ReportFixtures.class, TestCourses.class);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportFixtures fixtures;

    @Inject
    PeopleService people;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    BulkEnrolment bulk;

    @Inject
    ManagerReaches reaches;

    @Inject
    dk.samskab.privacy.PersonErasure erasure;

    @Inject
    dk.samskab.enrolment.EnrolmentService enrolments;

    private long sharedCohort;
    private String odenseWorker;

    private String run;
    private String course;
    private long odenseManager;
    private long vejleManager;
    private long partnershipManager;
    private long vejleEnrolment;
    private long odenseEnrolment;

    private String person(String name, String... memberships) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + run + "@example.dk";
        people.register(name + " " + run, email, Language.DA);
        for (int i = 0; i < memberships.length; i += 2) {
            people.addMembership(email, memberships[i], MembershipRole.valueOf(memberships[i + 1]));
        }
        return email;
    }

    @BeforeEach
    void world() {
        run = Long.toString(System.nanoTime(), 36);
        java.util.Random random = new java.util.Random();
        course = "R" + random.ints(4, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + "-" + (100 + random.nextInt(900));
        fixtures.publish(course);
        String partnership = "odense-" + run;
        organisations.createPartnership(partnership, "Odense og Røde Kors " + run, "kommune-odense", List.of("roede-kors"));
        long shared = fixtures.cohort(course, "Fælles hold " + run, "kommune-odense", "roede-kors");
        sharedCohort = shared;
        long redCrossOnly = fixtures.cohort(course, "Røde Kors-hold " + run, "roede-kors");
        long vejle = fixtures.cohort(course, "Vejle-hold " + run, "kommune-vejle");

        odenseWorker = person("Odense Ansat", "kommune-odense", "PROFESSIONAL", "dansk-flygtningehjaelp", "VOLUNTEER");
        odenseEnrolment = fixtures.enrol(odenseWorker, shared);
        fixtures.enrol(person("Frivillig Fælles", "roede-kors", "VOLUNTEER"), shared);
        fixtures.enrol(person("Frivillig Andet", "roede-kors", "VOLUNTEER"), redCrossOnly);
        vejleEnrolment = fixtures.enrol(person("Vejle Ansat", "kommune-vejle", "PROFESSIONAL"), vejle);

        String odense = person("Leder Odense", "kommune-odense", "LEADER");
        fixtures.scopeOrganisation(odense, "kommune-odense");
        String vejleLeader = person("Leder Vejle", "kommune-vejle", "LEADER");
        fixtures.scopeOrganisation(vejleLeader, "kommune-vejle");
        String coordinator = person("Koordinator", "roede-kors", "VOLUNTEER_COORDINATOR");
        fixtures.scopePartnership(coordinator, partnership);
        odenseManager = fixtures.personId(odense);
        vejleManager = fixtures.personId(vejleLeader);
        partnershipManager = fixtures.personId(coordinator);
    }

    private ReportFilter only(String courseCode) {
        return new ReportFilter(courseCode, null, null, null, null, null, null, null, null, null);
    }

    private Set<String> learnerNames(long manager, ReportFilter filter, Long organisation) {
        return reports.learners(manager, filter, organisation, null).stream().map(l -> l.name().replace(" " + run, ""))
                .collect(Collectors.toSet());
    }

    @Test
    void everyNumberDrillsDownToExactlyTheLearnersItCounts() {
        long ended = fixtures.cohort(course, "Afsluttet hold " + run, "kommune-odense");
        String late = person("Odense Sen", "kommune-odense", "PROFESSIONAL", "kommune-odense", "LEADER");
        fixtures.lastActivity(fixtures.enrol(late, ended), 40);
        fixtures.endCohort(ended);
        String done = person("Odense Færdig", "kommune-odense", "PROFESSIONAL");
        fixtures.completeWithCredit(fixtures.enrol(done, sharedCohort), "kommune-odense");

        List<ReportService.Row> rows = reports.dashboard(odenseManager, only(course));
        Map<Measure, Long> counted = Map.of(
                Measure.ENROLLED, rows.stream().mapToLong(ReportService.Row::enrolled).sum(),
                Measure.ACTIVE, rows.stream().mapToLong(ReportService.Row::active).sum(),
                Measure.COMPLETED, rows.stream().mapToLong(ReportService.Row::completed).sum(),
                Measure.OVERDUE, rows.stream().mapToLong(ReportService.Row::overdue).sum(),
                Measure.CREDITED, rows.stream().filter(r -> r.ects().signum() > 0).count());
        assertEquals(Map.of(Measure.ENROLLED, 4L, Measure.ACTIVE, 2L, Measure.COMPLETED, 1L, Measure.OVERDUE, 1L,
                Measure.CREDITED, 1L), counted, "two roles in Odense count once: " + rows);
        Map<Measure, Set<String>> behind = new java.util.EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            behind.put(measure, reports.learners(odenseManager, only(course), null, measure).stream()
                    .map(l -> l.name().replace(" " + run, "")).collect(Collectors.toSet()));
            assertEquals(counted.get(measure).longValue(), reports.learners(odenseManager, only(course), null, measure).size(),
                    measure + " lists as many learners as it counts");
        }
        assertEquals(Set.of("Odense Ansat", "Frivillig Fælles"), behind.get(Measure.ACTIVE), "Odense Sen is idle for 40 days");
        assertEquals(Set.of("Odense Færdig"), behind.get(Measure.COMPLETED));
        assertEquals(Set.of("Odense Færdig"), behind.get(Measure.CREDITED));
        assertEquals(Set.of("Odense Sen"), behind.get(Measure.OVERDUE));
        assertEquals(Set.of(), learnerNames(vejleManager, only(course), null).stream().filter(n -> n.startsWith("Odense"))
                .collect(Collectors.toSet()), "Vejle's manager sees none of them");
    }

    /** The page counts from one reading of the scope exactly what the separate queries count, for every manager and filter. */
    @Test
    void theDashboardPageCountsWhatTheSeparateQueriesCount() {
        String done = person("Odense Side", "kommune-odense", "PROFESSIONAL");
        fixtures.completeWithCredit(fixtures.enrol(done, sharedCohort), "kommune-odense");
        for (long manager : List.of(odenseManager, vejleManager, partnershipManager)) {
            for (ReportFilter filter : List.of(only(course), ReportFilter.none())) {
                ReportService.DashboardPage page = reports.dashboardPage(manager, filter);
                assertEquals(reports.dashboard(manager, filter), page.rows());
                assertEquals(reports.selfAssessmentChange(manager, filter), page.change());
                assertEquals(reports.completionsByMonth(manager, filter).stream().map(java.util.Arrays::asList).toList(),
                        page.completionsByMonth().stream().map(java.util.Arrays::asList).toList());
            }
        }
        assertTrue(reports.dashboardPage(odenseManager, only(course)).rows().stream().mapToLong(ReportService.Row::completed).sum() > 0,
                "the page counts the completion");
    }

    @Test
    void erasingALearnerKeepsTheNumbersAndFollowsTheProvidersRuleForCredits() {
        String kept = person("Odense Bevaret", "kommune-odense", "PROFESSIONAL");
        fixtures.completeWithCredit(fixtures.enrol(kept, sharedCohort), "kommune-odense");
        List<ReportService.Row> before = reports.dashboard(odenseManager, only(course));

        dk.samskab.privacy.PersonErasure.Outcome outcome = erasure.erase(kept, "admin@demo.samskab.dk");
        assertEquals(1, outcome.creditsKept(), "Odense keeps credits by default");
        assertEquals(before, reports.dashboard(odenseManager, only(course)), "every number adds up as before");
        Set<String> names = learnerNames(odenseManager, only(course), null);
        assertTrue(names.contains("Slettet person " + outcome.personId()) && !names.contains("Odense Bevaret"), names.toString());
        assertTrue(people.findByEmail(kept).isEmpty(), "the e-mail address is gone");

        long odense = fixtures.organisationId("kommune-odense");
        erasure.setKeepsCredits(odense, false);
        try {
            String removed = person("Odense Fjernet", "kommune-odense", "PROFESSIONAL");
            fixtures.completeWithCredit(fixtures.enrol(removed, sharedCohort), "kommune-odense");
            List<ReportService.Row> withCredit = reports.dashboard(odenseManager, only(course));
            outcome = erasure.erase(removed, "admin@demo.samskab.dk");
            assertEquals(1, outcome.creditsRemoved());
            List<ReportService.Row> after = reports.dashboard(odenseManager, only(course));
            assertEquals(total(withCredit, ReportService.Row::completed), total(after, ReportService.Row::completed));
            assertEquals(0, withCredit.stream().map(ReportService.Row::ects).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                    .subtract(new java.math.BigDecimal("5")).compareTo(after.stream().map(ReportService.Row::ects)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)), "the removed credit leaves the sum");
        } finally {
            erasure.setKeepsCredits(odense, true);
        }
        assertThrows(dk.samskab.privacy.PersonErasure.Refused.class, () -> erasure.erase("ingen@example.dk", "admin@demo.samskab.dk"));
    }

    private static long total(List<ReportService.Row> rows, java.util.function.ToLongFunction<ReportService.Row> number) {
        return rows.stream().mapToLong(number).sum();
    }

    @Test
    void aMunicipalManagerSeesItsStaffAndPartnerVolunteersInSharedCohortsOnly() {
        List<ReportService.Row> rows = reports.dashboard(odenseManager, only(course));
        assertEquals(Set.of("Odense Kommune", "Dansk Røde Kors"), rows.stream().map(ReportService.Row::organisation)
                .collect(Collectors.toSet()), "no Vejle and no Dansk Flygtningehjælp (a membership outside the scope)");
        assertTrue(rows.stream().allMatch(r -> r.enrolled() == 1), rows.toString());
        assertEquals(Set.of("Odense Ansat", "Frivillig Fælles"), learnerNames(odenseManager, only(course), null));
    }

    @Test
    void aNeighbourSeesOnlyItsOwnAndNothingThroughAlteredIds() {
        assertEquals(Set.of("Vejle Ansat"), learnerNames(vejleManager, only(course), null));
        assertEquals(Set.of(), learnerNames(odenseManager, only(course), fixtures.organisationId("kommune-vejle")),
                "an altered organisation id gives nothing");
        assertTrue(reports.enrolment(odenseManager, vejleEnrolment).isEmpty(), "an altered enrolment id gives nothing");
        assertTrue(reports.enrolment(odenseManager, odenseEnrolment).isPresent());
        assertTrue(reports.enrolment(vejleManager, odenseEnrolment).isEmpty());
    }

    @Test
    void filtersNarrowWithinTheScope() {
        ReportFilter volunteers = new ReportFilter(course, null, null, null, null, "VOLUNTEER", null, null, null, null);
        assertEquals(Set.of("Frivillig Fælles"), learnerNames(odenseManager, volunteers, null));
        ReportFilter municipalities = new ReportFilter(course, null, "MUNICIPALITY", null, null, null, null, null, null, null);
        assertEquals(Set.of("Odense Kommune"), reports.dashboard(odenseManager, municipalities).stream()
                .map(ReportService.Row::organisation).collect(Collectors.toSet()));
    }

    @Test
    void aPartnershipManagerSeesBothSidesOfThePartnership() {
        assertEquals(Set.of("Odense Ansat", "Frivillig Fælles", "Frivillig Andet"),
                learnerNames(partnershipManager, only(course), null));
        ReportService.PartnershipRow row = reports.partnerships(partnershipManager).stream()
                .filter(r -> r.courseCode().equals(course)).findFirst().orElseThrow();
        assertEquals(1, row.municipalEnrolled());
        assertEquals(2, row.civilEnrolled());
        assertTrue(reports.partnerships(odenseManager).isEmpty(), "the partnership view is for managers of the partnership");
    }

    @Test
    void aBulkFileIsCheckedWhollyFirstThenMergesPeopleByEmailAndEnrolsThem() {
        String newcomer = "ny-" + run + "@odense.example.dk";
        String good = "navn;e-mail;organisation;rolle\n"
                + "Ny Medarbejder;" + newcomer + ";kommune-odense;fagprofessionel\n"
                + "Ny Medarbejder;" + newcomer.toUpperCase() + ";roede-kors;frivillig\n"
                + "Odense Ansat " + run + ";" + odenseWorker + ";roede-kors;frivillig\n";
        String bad = good + "Anden;anden-" + run + "@vejle.example.dk;kommune-vejle;leder\n";

        BulkEnrolment.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(BulkEnrolment.Refused.class,
                () -> bulk.importCsv(reaches.of(odenseManager), sharedCohort, bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of(new dk.samskab.enrolment.BulkCsv.Problem(5, "organisationOutOfScope", "kommune-vejle")),
                refused.problems());
        assertTrue(people.findByEmail(newcomer).isEmpty(), "nothing imported when one line is bad");

        BulkEnrolment.Outcome outcome = bulk.importCsv(reaches.of(odenseManager), sharedCohort, good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(new BulkEnrolment.Outcome(2, 1, 1, 0, 1), outcome, "two people: one new and enrolled, one enrolled already");
        assertEquals(Set.of("kommune-odense", "roede-kors"), people.loadWithMemberships(newcomer).orElseThrow().getMemberships()
                .stream().map(m -> m.getOrganisation().getCode()).collect(Collectors.toSet()));
        assertTrue(people.loadWithMemberships(odenseWorker).orElseThrow().getMemberships().stream()
                .anyMatch(m -> m.getOrganisation().getCode().equals("roede-kors")), "the existing person got the new membership");
        assertTrue(learnerNames(odenseManager, only(course), null).contains("Ny Medarbejder"));
        org.junit.jupiter.api.Assertions.assertThrows(dk.samskab.enrolment.EnrolmentException.class,
                () -> bulk.importCsv(reaches.of(vejleManager), sharedCohort, good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "a cohort not shared with the manager's organisations is refused");
    }

    private Set<String> membershipsOf(String email) {
        return people.loadWithMemberships(email).orElseThrow().getMemberships().stream()
                .map(m -> m.getOrganisation().getCode() + ":" + m.getRole()).collect(Collectors.toSet());
    }

    private BulkEnrolment.Refused refusedImport(long manager, String csv) {
        return assertThrows(BulkEnrolment.Refused.class,
                () -> bulk.importCsv(reaches.of(manager), sharedCohort, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aBulkFileNeverAttachesAnExistingPersonFromOutsideTheScope() {
        String vejleWorker = person("Vejle Anden", "kommune-vejle", "PROFESSIONAL");
        String staff = person("Ansat Uden Organisation");
        String farVolunteer = person("Frivillig Andetsteds", "roede-kors", "VOLUNTEER");
        String newcomer = "ny-" + run + "@odense.example.dk";
        String header = "navn;e-mail;organisation;rolle\n";

        BulkEnrolment.Refused single = refusedImport(odenseManager,
                header + "Hvem Som Helst;" + vejleWorker.toUpperCase() + ";kommune-odense;fagprofessionel\n");
        assertEquals(List.of(new dk.samskab.enrolment.BulkCsv.Problem(2, "personOutOfScope", vejleWorker)), single.problems(),
                "one line, one person of Vejle: refused whatever name the file gives");

        BulkEnrolment.Refused several = refusedImport(odenseManager, header
                + "Ny Kollega;" + newcomer + ";kommune-odense;fagprofessionel\n"
                + "Ansat;" + staff + ";kommune-odense;leder\n"
                + "Frivillig;" + farVolunteer + ";roede-kors;frivillig\n"
                + "Odense Ansat " + run + ";" + odenseWorker + ";kommune-odense;leder\n");
        assertEquals(List.of(new dk.samskab.enrolment.BulkCsv.Problem(3, "personOutOfScope", staff),
                new dk.samskab.enrolment.BulkCsv.Problem(4, "personOutOfScope", farVolunteer)), several.problems(),
                "an account without any membership, and a volunteer of a partner organisation never seen in Odense's"
                        + " cohorts, are refused too; Odense's own worker is not");

        assertTrue(people.findByEmail(newcomer).isEmpty(), "nothing imported when one line is refused");
        assertEquals(Set.of("kommune-vejle:PROFESSIONAL"), membershipsOf(vejleWorker), "no Odense membership");
        assertEquals(Set.of(), membershipsOf(staff));
        assertEquals(Set.of("roede-kors:VOLUNTEER"), membershipsOf(farVolunteer));
        assertEquals(Set.of("kommune-odense:PROFESSIONAL", "dansk-flygtningehjaelp:VOLUNTEER"), membershipsOf(odenseWorker));
        for (String outsider : List.of(vejleWorker, staff, farVolunteer)) {
            assertEquals(List.of(), enrolments.enrolmentsOf(outsider), outsider + " is not enrolled");
        }
        assertEquals(Set.of("Odense Ansat", "Frivillig Fælles"), learnerNames(odenseManager, only(course), null),
                "the Odense manager sees no one new");
    }
}
