package dk.samskab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.LocalCluster;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestDatabase;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Samskab on three Payara Micro nodes and three MariaDB Galera nodes behind HAProxy, all on
 * loopback, stood up by deployment/cluster/cluster.sh. Learners work through the balancer
 * (round robin, no sticky sessions) while nodes are killed and restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int LEARNERS = 9;
    /** Between two pages a learner reads; the two cores must still start a node while they work. */
    private static final long READING_MILLIS = 1_000;
    private static final String COURSE = "FRI-001";
    /** The longest a learner may wait for a working page while a node fails over. */
    private static final long FAILOVER_LIMIT_MILLIS = 10_000;

    private static LocalCluster cluster;

    @BeforeAll
    static void standUp() throws Exception {
        File runDir = new File(TestDatabase.buildDir(), "cluster");
        cluster = new LocalCluster(runDir, Integer.getInteger("samskab.test.cluster.ports", 21000));
        if (runDir.isDirectory()) {
            // Left over from an interrupted run: stop what may still run there, then start afresh.
            cluster.down();
            TestDatabase.deleteRecursively(runDir.toPath());
        }
        try {
            cluster.up();
        } catch (RuntimeException failed) {
            cluster.down();
            throw failed;
        }
    }

    @AfterAll
    static void tearDown() {
        if (cluster != null) {
            cluster.down();
        }
    }

    @Test
    @Order(1)
    void aSignedInLearnerIsKnownWithTheirRolesOnEveryNode() throws Exception {
        String email;
        long enrolment;
        try (Connection c = cluster.connect()) {
            email = TestAccounts.create(c, "Klynge Kursist", "LEARNER");
            enrolment = TestAccounts.enrol(c, email, COURSE);
        }
        HttpUser onFirst = HttpUser.at(cluster.nodeUrl(1));
        assertEquals(302, onFirst.login(email, TestAccounts.PASSWORD).statusCode(), "signing in on node 1");
        // The same browser, its requests now reaching the other nodes (as round robin would send them).
        for (int node : new int[] {2, 3, 1, 3, 2}) {
            HttpResponse<String> page = onFirst.via(cluster.nodeUrl(node)).get("/learner/course.xhtml?e=" + enrolment);
            assertEquals(200, page.statusCode(), "the learner's course page on node " + node);
            assertTrue(page.body().contains("id=\"continue\""), "the course page for the learner on node " + node);
        }
        // A page only a manager may see stays closed on every node: the roles travel, and only they.
        for (int node = 1; node <= 3; node++) {
            assertEquals(403, onFirst.via(cluster.nodeUrl(node)).get("/manager/dashboard.xhtml").statusCode(),
                    "a learner on the managers' dashboard on node " + node);
        }
    }

    @Test
    @Order(2)
    void aFormOpenedOnOneNodeIsSentToAnother() throws Exception {
        String email;
        long enrolment;
        try (Connection c = cluster.connect()) {
            email = TestAccounts.create(c, "Klynge Formular", "LEARNER");
            enrolment = TestAccounts.enrol(c, email, COURSE);
        }
        HttpUser learner = HttpUser.at(cluster.nodeUrl(1));
        assertEquals(302, learner.login(email, TestAccounts.PASSWORD).statusCode());
        String coursePage = learner.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&");
        Matcher lesson = Pattern.compile("/learner/lesson\\.xhtml\\?[^\"]+").matcher(coursePage);
        assertTrue(lesson.find(), "the course links a lesson");
        // The lesson is opened on node 2 and marked done on node 3: the view state lives in the replicated session.
        String page = learner.via(cluster.nodeUrl(2)).get(lesson.group()).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lessonForm", "lessonForm");
        form.put("lessonForm:markDone", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        HttpResponse<String> done = learner.via(cluster.nodeUrl(3)).post(lesson.group(), form);
        assertEquals(302, done.statusCode(), "marking done on another node than the one that showed the form");
        try (Connection c = cluster.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?", enrolment));
        }
    }

    @Test
    @Order(3)
    void learnersCarryOnWhileAnApplicationNodeAndADatabaseNodeAreKilled() throws Exception {
        List<ClusterLearner> learners = signInLearners("Klynge Nedbrud");
        AtomicBoolean keepReading = new AtomicBoolean(true);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        List<Future<?>> work = new ArrayList<>();
        for (ClusterLearner learner : learners) {
            work.add(pool.submit(() -> {
                // Through the course at a reader's pace, then on reading until the nodes are back.
                while (learner.nextStep(deadline)) {
                    ClusterLearner.pause(READING_MILLIS);
                }
                while (keepReading.get()) {
                    learner.browse(deadline);
                    ClusterLearner.pause(READING_MILLIS);
                }
                return null;
            }));
        }
        ClusterLearner.pause(4_000);
        // The application node and the database node that HAProxy writes to, in the middle of the work.
        cluster.killApp(2);
        cluster.killDatabase(1);
        ClusterLearner.pause(8_000);
        // Both come back at once, as after a machine's reboot.
        ExecutorService restarts = Executors.newFixedThreadPool(2);
        Future<?> database = restarts.submit(() -> cluster.startDatabase(1));
        Future<?> application = restarts.submit(() -> cluster.startApp(2));
        database.get(10, TimeUnit.MINUTES);
        application.get(10, TimeUnit.MINUTES);
        restarts.shutdown();
        ClusterLearner.pause(5_000);
        keepReading.set(false);
        for (Future<?> done : work) {
            done.get(6, TimeUnit.MINUTES);
        }
        pool.shutdown();

        report("kill", learners);
        long longestWait = learners.stream().mapToLong(ClusterLearner::longestWaitMillis).max().orElse(0);
        assertTrue(longestWait <= FAILOVER_LIMIT_MILLIS, "the longest wait for a working page was " + longestWait + " ms");
        long slowest = learners.stream().mapToLong(ClusterLearner::slowestMillis).max().orElse(0);
        assertTrue(slowest <= FAILOVER_LIMIT_MILLIS, "the slowest request took " + slowest + " ms");
        assertNothingAcknowledgedIsLost(learners);
        assertTheDatabaseNodesAgree(learners);
        assertTrue(cluster.status().contains("db1 running"), cluster.status());
        try (Connection rejoined = cluster.connectToDatabaseNode(1)) {
            assertEquals(3, TestAccounts.single(rejoined, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                    + " WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'"), "database node 1 back in a cluster of three");
        }
        assertTrue(Files.readString(new File(TestDatabase.buildDir(), "cluster/app2/payara.log").toPath()).contains("DG Size: 3"),
                "application node 2 back in the data grid of three");
    }

    @Test
    @Order(4)
    void aRollingRestartUnderLoadFailsNoRequest() throws Exception {
        List<ClusterLearner> learners = signInLearners("Klynge Opgradering");
        AtomicBoolean working = new AtomicBoolean(true);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        List<Future<?>> work = new ArrayList<>();
        for (ClusterLearner learner : learners) {
            work.add(pool.submit(() -> {
                while (working.get()) {
                    if (!learner.nextStep(deadline)) {
                        learner.browse(deadline);
                    }
                    ClusterLearner.pause(READING_MILLIS);
                }
                return null;
            }));
        }
        for (int node = 1; node <= 3; node++) {
            cluster.restartApp(node);
        }
        working.set(false);
        for (Future<?> done : work) {
            done.get(8, TimeUnit.MINUTES);
        }
        pool.shutdown();

        report("rolling restart", learners);
        List<String> failures = learners.stream().flatMap(l -> l.failures().stream()).toList();
        assertEquals(List.of(), failures, "requests that failed during the rolling restart");
        assertNothingAcknowledgedIsLost(learners);
    }

    /** Fresh learners, each enrolled in the course and signed in through the load balancer. */
    private static List<ClusterLearner> signInLearners(String name) throws SQLException {
        List<ClusterLearner> learners = new ArrayList<>();
        try (Connection c = cluster.connect()) {
            for (int i = 0; i < LEARNERS; i++) {
                String email = TestAccounts.create(c, name + " " + (char) ('A' + i), "LEARNER");
                long enrolment = TestAccounts.enrol(c, email, COURSE);
                HttpUser user = HttpUser.at(cluster.baseUrl());
                assertEquals(302, user.login(email, TestAccounts.PASSWORD).statusCode(), "signing in " + email);
                learners.add(new ClusterLearner(user, enrolment));
            }
        }
        return learners;
    }

    /** Every mark-done, quiz answer and hand-in the server acknowledged is in the database. */
    private static void assertNothingAcknowledgedIsLost(List<ClusterLearner> learners) throws SQLException {
        try (Connection c = cluster.connect()) {
            for (ClusterLearner learner : learners) {
                long lessons = TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?", learner.enrolment());
                long attempts = TestAccounts.single(c, "SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = ?", learner.enrolment());
                long handIns = TestAccounts.single(c, "SELECT COUNT(*) FROM submission WHERE enrolment_id = ?", learner.enrolment());
                assertTrue(lessons >= learner.acknowledgedLessons().stream().distinct().count(),
                        "lessons done for enrolment " + learner.enrolment() + ": " + lessons + " stored, acknowledged "
                                + learner.acknowledgedLessons());
                assertTrue(attempts >= learner.acknowledgedAnswers().size(),
                        "quiz answers of enrolment " + learner.enrolment() + ": " + attempts + " stored, acknowledged "
                                + learner.acknowledgedAnswers());
                assertTrue(handIns >= learner.acknowledgedHandIns().stream().distinct().count(),
                        "hand-ins of enrolment " + learner.enrolment() + ": " + handIns + " stored, acknowledged "
                                + learner.acknowledgedHandIns());
            }
        }
    }

    /** All three Galera nodes hold the same learning records: what a report reads on any of them adds up. */
    private static void assertTheDatabaseNodesAgree(List<ClusterLearner> learners) throws SQLException {
        String ids = learners.stream().map(l -> Long.toString(l.enrolment())).reduce((a, b) -> a + "," + b).orElseThrow();
        String totals = "SELECT (SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id IN (" + ids + ")),"
                + " (SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id IN (" + ids + ")),"
                + " (SELECT COUNT(*) FROM submission WHERE enrolment_id IN (" + ids + "))";
        List<String> perNode = new ArrayList<>();
        for (int node = 1; node <= 3; node++) {
            try (Connection c = cluster.connectToDatabaseNode(node); PreparedStatement query = c.prepareStatement(totals);
                    ResultSet row = query.executeQuery()) {
                row.next();
                perNode.add(row.getLong(1) + " lessons, " + row.getLong(2) + " attempts, " + row.getLong(3) + " hand-ins");
            }
        }
        assertEquals(1, perNode.stream().distinct().count(), "the three database nodes: " + perNode);
        long acknowledged = learners.stream().mapToLong(l -> l.acknowledgedLessons().stream().distinct().count()).sum();
        assertTrue(acknowledged > 0, "the learners got lessons done at all");
    }

    private static void report(String run, List<ClusterLearner> learners) {
        int requests = learners.stream().mapToInt(ClusterLearner::requests).sum();
        long failures = learners.stream().mapToLong(l -> l.failures().size()).sum();
        long longest = learners.stream().mapToLong(ClusterLearner::longestWaitMillis).max().orElse(0);
        long slowest = learners.stream().mapToLong(ClusterLearner::slowestMillis).max().orElse(0);
        System.out.printf("Cluster %s: %d learners, %d requests, %d failed, longest wait for a working page %d ms,"
                + " slowest request %d ms, %d lessons done, %d quiz answers, %d hand-ins acknowledged%n", run, learners.size(),
                requests, failures, longest, slowest,
                learners.stream().mapToLong(l -> l.acknowledgedLessons().size()).sum(),
                learners.stream().mapToLong(l -> l.acknowledgedAnswers().size()).sum(),
                learners.stream().mapToLong(l -> l.acknowledgedHandIns().size()).sum());
        learners.stream().flatMap(l -> l.failures().stream()).limit(20).forEach(f -> System.out.println("  " + f));
    }
}
