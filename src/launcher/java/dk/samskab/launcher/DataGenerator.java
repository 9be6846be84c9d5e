package dk.samskab.launcher;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.platform.Text;
import dk.samskab.content.CourseImporter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Creates a large, realistic data set for benchmarks (not part of the application's start):
 * 100,000 learners across the 98 municipalities and 50 civil-society organisations, and
 * 1,000,000 enrolments with progress events, completions, credits and self-assessments. The
 * same seed gives the same data. Run it with
 * {@code mvn -q test-compile exec:java@generate} (see docs/benchmarks.md).
 */
public final class DataGenerator {

    /** Learners in the full data set; SAMSKAB_BENCH_LEARNERS sets a smaller one for a quick try. */
    static final int LEARNERS = 100_000;
    static final int COURSES = 20;
    static final int ENROLMENTS_PER_LEARNER = 10;
    static final String MANAGER = "leder@bench.samskab.dk";

    private static final String[] FIRST = {"Anne", "Mette", "Hanne", "Lone", "Birthe", "Karen", "Susanne", "Camilla", "Louise",
        "Maria", "Peter", "Jens", "Lars", "Søren", "Henrik", "Thomas", "Niels", "Mads", "Ahmad", "Fatima", "Ali", "Sara", "Emil",
        "Ida", "Freja", "Jonas", "Mikkel", "Rasmus", "Line", "Pia"};
    private static final String[] LAST = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Karimi", "Hassan",
        "Berg", "Holm", "Lund"};

    private final Random random = new Random(2026);
    private final int learners;

    private DataGenerator(int learners) {
        this.learners = learners;
    }

    public static void main(String[] args) throws Exception {
        Map.Entry<DatabaseSettings, Runnable> database = BenchmarkDatabase.open();
        try {
            new DataGenerator(learners(System.getenv())).generate(database.getKey(), Path.of(args.length > 0 ? args[0] : "course-content"));
        } finally {
            database.getValue().run();
        }
    }

    static int learners(Map<String, String> env) {
        String value = env.getOrDefault("SAMSKAB_BENCH_LEARNERS", Integer.toString(LEARNERS));
        try {
            int learners = Integer.parseInt(value.strip());
            if (learners > 0) {
                return learners;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("SAMSKAB_BENCH_LEARNERS must be a whole number above 0, not '" + value + "'");
    }

    private void generate(DatabaseSettings database, Path content) throws SQLException {
        long started = System.nanoTime();
        EntityManagerFactory factory = StandalonePersistence.migratedFactory(database);
        try (Connection c = database.connect()) {
            if (count(c, "SELECT COUNT(*) FROM person WHERE email LIKE '%@bench.samskab.dk'") > 0) {
                System.out.println("The benchmark data exists already in " + database + "; nothing generated.");
                return;
            }
        }
        courses(factory, content);
        factory.close();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            civilSociety(c);
            // Weighted by size: one entry per share of the population, so large municipalities get more staff.
            List<Long> municipalities = ids(c, "SELECT o.id FROM organisation o JOIN (SELECT 1 AS n UNION SELECT 2 UNION"
                    + " SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9 UNION"
                    + " SELECT 10 UNION SELECT 11 UNION SELECT 12 UNION SELECT 13 UNION SELECT 14 UNION SELECT 15 UNION SELECT 16) k"
                    + " ON k.n <= CASE WHEN o.code = 'kommune-koebenhavn' THEN 16 WHEN o.size_band = 'OVER_100K' THEN 4"
                    + " WHEN o.size_band = 'FROM_50K_TO_100K' THEN 2 ELSE 1 END WHERE o.type = 'MUNICIPALITY' ORDER BY o.id");
            List<Long> civil = ids(c, "SELECT id FROM organisation WHERE type IN ('VOLUNTEER_ORGANISATION', 'VOLUNTEER_CENTRE') ORDER BY id");
            people(c, municipalities, civil);
            List<long[]> versions = versions(c);
            enrolments(c, versions);
            manager(c);
            c.commit();
            // After a bulk load the optimiser's statistics lag behind, as they would not on a live server.
            try (var statement = c.createStatement()) {
                statement.execute("ANALYZE TABLE person, membership, enrolment, learning_event, credit_award, self_assessment, cohort");
            }
            System.out.printf("Generated %,d learners and %,d enrolments in %d s into %s%n", learners,
                    count(c, "SELECT COUNT(*) FROM enrolment"), (System.nanoTime() - started) / 1_000_000_000L, database);
        }
    }

    /** The shipped courses, and copies of them under other codes so that each learner can take ten. */
    private void courses(EntityManagerFactory factory, Path content) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        CourseImporter importer = new CourseImporter(em);
        importer.importFolder(content, "generator");
        em.flush();
        List<CourseDefinition> shipped = em.createQuery("SELECT v FROM CourseVersion v", dk.samskab.catalogue.CourseVersion.class)
                .getResultList().stream().map(dk.samskab.catalogue.CourseVersion::definition).toList();
        for (int i = 0; shipped.size() + i < COURSES; i++) {
            CourseDefinition c = shipped.get(i % shipped.size());
            String code = "BEN-" + (101 + i);
            importer.publish(new CourseDefinition(code, new Text(c.title().da() + " (hold " + (i + 1) + ")",
                    c.title().en() + " (group " + (i + 1) + ")"), c.summary(), c.description(), c.audiences(), c.sectorAreas(),
                    c.competenceThemes(), c.format(), c.durationWeeks(), c.workloadHours(), c.ects(), c.qualificationLevel(),
                    c.awardingProvider(), c.workloadBreakdown(), c.learningOutcomes(), c.assessment(), c.readingList(),
                    c.modules(), c.documents()), "generator", null);
        }
        em.getTransaction().commit();
        em.close();
    }

    /** Volunteer centres for the largest towns, up to 50 civil-society organisations in all. */
    private void civilSociety(Connection c) throws SQLException {
        long existing = count(c, "SELECT COUNT(*) FROM organisation WHERE type IN ('VOLUNTEER_ORGANISATION', 'VOLUNTEER_CENTRE')");
        List<String[]> towns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, name, region FROM organisation"
                + " WHERE type = 'MUNICIPALITY' AND size_band IN ('OVER_100K', 'FROM_50K_TO_100K') ORDER BY name")) {
            while (r.next()) {
                towns.add(new String[] {r.getString(1).replace("kommune-", ""), r.getString(2).replace(" Kommune", "")
                        .replace("s Kommune", ""), r.getString(3)});
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO organisation (code, name, type, region)"
                + " VALUES (?, ?, 'VOLUNTEER_CENTRE', ?)")) {
            for (int i = 0; i < towns.size() && existing + i < 50; i++) {
                insert.setString(1, "frivilligcenter-" + towns.get(i)[0]);
                insert.setString(2, "Frivilligcenter " + towns.get(i)[1]);
                insert.setString(3, towns.get(i)[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Learners: each works in a municipality, a third of them also volunteer, and some only volunteer. */
    private void people(Connection c, List<Long> municipalities, List<Long> civil) throws SQLException {
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (full_name, email) VALUES (?, ?)")) {
            for (int i = 0; i < learners; i++) {
                person.setString(1, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
                person.setString(2, "deltager" + i + "@bench.samskab.dk");
                person.addBatch();
                if (i % 5000 == 4999) {
                    person.executeBatch();
                }
            }
            person.executeBatch();
        }
        List<Long> people = ids(c, "SELECT id FROM person WHERE email LIKE 'deltager%@bench.samskab.dk' ORDER BY id");
        try (PreparedStatement membership = c.prepareStatement("INSERT INTO membership (person_id, organisation_id, role)"
                + " VALUES (?, ?, ?)")) {
            int n = 0;
            for (long id : people) {
                double kind = random.nextDouble();
                if (kind < 0.8) {
                    membership.setLong(1, id);
                    membership.setLong(2, municipalities.get(random.nextInt(municipalities.size())));
                    membership.setString(3, random.nextDouble() < 0.9 ? "PROFESSIONAL" : "LEADER");
                    membership.addBatch();
                }
                if (kind >= 0.55) {
                    membership.setLong(1, id);
                    membership.setLong(2, civil.get(random.nextInt(civil.size())));
                    membership.setString(3, random.nextDouble() < 0.9 ? "VOLUNTEER" : "VOLUNTEER_COORDINATOR");
                    membership.addBatch();
                }
                if (++n % 5000 == 0) {
                    membership.executeBatch();
                }
            }
            membership.executeBatch();
        }
    }

    /** Every published version: id and course id. */
    private static List<long[]> versions(Connection c) throws SQLException {
        List<long[]> versions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, course_id FROM course_version")) {
            while (r.next()) {
                versions.add(new long[] {r.getLong(1), r.getLong(2)});
            }
        }
        return versions;
    }

    /** Ten enrolments per learner over the last two years: completed, in progress or withdrawn, with their events. */
    private void enrolments(Connection c, List<long[]> versions) throws SQLException {
        List<Long> people = ids(c, "SELECT id FROM person WHERE email LIKE 'deltager%@bench.samskab.dk' ORDER BY id");
        Instant now = Instant.now();
        try (PreparedStatement enrolment = c.prepareStatement("INSERT INTO enrolment (person_id, course_id, course_version_id,"
                + " status, requested_at, enrolled_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (long person : people) {
                int offset = random.nextInt(versions.size());
                for (int k = 0; k < ENROLMENTS_PER_LEARNER; k++) {
                    long[] version = versions.get((offset + k) % versions.size());
                    Instant requested = now.minus(random.nextInt(730), ChronoUnit.DAYS);
                    double fate = random.nextDouble();
                    String status = fate < 0.45 ? "COMPLETED" : fate < 0.93 ? "ENROLLED" : "WITHDRAWN";
                    enrolment.setLong(1, person);
                    enrolment.setLong(2, version[1]);
                    enrolment.setLong(3, version[0]);
                    enrolment.setString(4, status);
                    enrolment.setTimestamp(5, Timestamp.from(requested));
                    enrolment.setTimestamp(6, Timestamp.from(requested));
                    enrolment.setTimestamp(7, status.equals("COMPLETED")
                            ? Timestamp.from(requested.plus(14 + random.nextInt(90), ChronoUnit.DAYS)) : null);
                    enrolment.addBatch();
                    if (++n % 10_000 == 0) {
                        enrolment.executeBatch();
                    }
                }
            }
            enrolment.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            // Progress events: the enrolment, a latest activity, and the completion. They are read from a
            // copy, because the activity trigger updates the enrolment rows while the events are inserted.
            s.executeUpdate("CREATE TEMPORARY TABLE generated_enrolment AS"
                    + " SELECT id, person_id, status, requested_at, completed_at FROM enrolment");
            s.executeUpdate("INSERT INTO learning_event (person_id, enrolment_id, type, occurred_at)"
                    + " SELECT person_id, id, 'ENROLLED', requested_at FROM generated_enrolment");
            s.executeUpdate("INSERT INTO learning_event (person_id, enrolment_id, type, detail, occurred_at)"
                    + " SELECT person_id, id, 'LESSON_COMPLETED', '01/01', LEAST(NOW(3), requested_at + INTERVAL (id MOD 60) DAY)"
                    + " FROM generated_enrolment WHERE status <> 'WITHDRAWN'");
            s.executeUpdate("INSERT INTO learning_event (person_id, enrolment_id, type, occurred_at)"
                    + " SELECT person_id, id, 'COMPLETED', completed_at FROM generated_enrolment WHERE status = 'COMPLETED'");
            issueCertificates(s);
            historyBeforeTheLrs(s);
            s.executeUpdate("INSERT INTO self_assessment (enrolment_id, phase, professional_identity, ways_of_working,"
                    + " collaboration, leadership, recorded_at) SELECT id, 'START', 1 + id MOD 3, 1 + id MOD 4, 2, 1 + id MOD 2,"
                    + " requested_at FROM enrolment WHERE status = 'COMPLETED' AND id MOD 5 = 0");
            s.executeUpdate("INSERT INTO self_assessment (enrolment_id, phase, professional_identity, ways_of_working,"
                    + " collaboration, leadership, recorded_at) SELECT id, 'END', 3 + id MOD 3, 2 + id MOD 4, 4, 2 + id MOD 3,"
                    + " completed_at FROM enrolment WHERE status = 'COMPLETED' AND id MOD 5 = 0");
            s.executeUpdate("INSERT INTO credit_award (enrolment_id, provider_id, ects, grade, ects_letter, awarded_on)"
                    + " SELECT e.id, v.awarding_provider_id, v.ects, '7', 'C', DATE(e.completed_at) FROM enrolment e"
                    + " JOIN course_version v ON v.id = e.course_version_id WHERE e.status = 'COMPLETED' AND v.ects IS NOT NULL");
        }
    }

    /**
     * Every completed enrolment has its certificate, as the application issues it on completion: a
     * random 16-letter code from the certificate alphabet, and the event that logs it.
     */
    static void issueCertificates(Statement s) throws SQLException {
        String letter = "SUBSTRING('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + FLOOR(RAND() * 31), 1)";
        // MariaDB's RAND() repeats itself now and then over hundreds of thousands of codes: a code
        // drawn twice is skipped, and its enrolment draws again in the next round.
        int issued;
        do {
            issued = s.executeUpdate("INSERT IGNORE INTO certificate (enrolment_id, verification_code, issued_at)"
                    + " SELECT e.id, CONCAT(" + String.join(", ", java.util.Collections.nCopies(16, letter)) + "), e.completed_at"
                    + " FROM enrolment e WHERE e.status = 'COMPLETED' AND e.completed_at IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrolment_id = e.id)");
        } while (issued > 0);
        // Read from a copy: the activity trigger updates the enrolment rows while the events are inserted.
        s.executeUpdate("CREATE TEMPORARY TABLE unlogged_certificate AS SELECT e.person_id, e.id, c.verification_code, c.issued_at"
                + " FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM learning_event l WHERE l.enrolment_id = e.id AND l.type = 'CERTIFICATE_ISSUED')");
        s.executeUpdate("INSERT INTO learning_event (person_id, enrolment_id, type, detail, occurred_at)"
                + " SELECT person_id, id, 'CERTIFICATE_ISSUED', verification_code, issued_at FROM unlogged_certificate");
        s.executeUpdate("DROP TEMPORARY TABLE unlogged_certificate");
    }

    /**
     * The generated history is taken as older than the built-in LRS: its events get no statements,
     * so the LRS feed does not spend a benchmark converting millions of them. Events made after
     * this call are fed as usual.
     */
    static void historyBeforeTheLrs(Statement s) throws SQLException {
        s.executeUpdate("UPDATE xapi_event_feed SET position = GREATEST(position,"
                + " (SELECT COALESCE(MAX(id), 0) FROM learning_event)) WHERE feed = 'LRS'");
    }

    /** A training manager for Københavns Kommune, the largest municipality. */
    private static void manager(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (full_name, email) VALUES ('Leder i København', '" + MANAGER + "')");
            s.executeUpdate("INSERT INTO manager_scope (person_id, organisation_id) SELECT p.id, o.id FROM person p, organisation o"
                    + " WHERE p.email = '" + MANAGER + "' AND o.code = 'kommune-koebenhavn'");
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** The benchmark manager's person id; fails clearly when the data was never generated. */
    static long managerId(Connection c) throws SQLException {
        long id = count(c, "SELECT COALESCE(MAX(id), -1) FROM person WHERE email = '" + MANAGER + "'");
        if (id < 0) {
            throw new IllegalStateException("No benchmark data: run the data generator first");
        }
        return id;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
