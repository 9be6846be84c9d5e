package dk.samskab.cluster;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.LocalCluster;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestDatabase;
import java.io.File;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the learner's pages through HAProxy with one, two and three application nodes of
 * the local cluster (deployment/cluster/cluster.sh), as ratios to one node measured in the same run.
 * Rounds alternate the node counts (1, 2, 3, 3, 2, 1, ...) so that a drifting machine affects them alike.
 *
 * mvn -Pbench test-compile exec:java@cluster-scaling [-Dbench.learners=24 -Dbench.seconds=30 -Dbench.rounds=2 -Dbench.warmup=90]
 */
public final class ClusterScaling {

    private static final String COURSE = "FRI-001";

    private record Learner(HttpUser user, String coursePage, String lessonPage) {
    }

    private record Round(int nodes, long requests, long errors, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return requests / seconds;
        }

        long percentileMillis(double p) {
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000;
        }
    }

    public static void main(String[] args) throws Exception {
        int learners = Integer.getInteger("bench.learners", 24);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int warmUp = Integer.getInteger("bench.warmup", 90);
        LocalCluster cluster = new LocalCluster(new File(TestDatabase.buildDir(), "cluster-bench"), Integer.getInteger("bench.ports", 22000),
                System.getProperty("bench.javaOptions", ""));
        cluster.down();
        System.out.println("Standing up 3 application nodes, 3 Galera nodes and HAProxy ...");
        cluster.up();
        try {
            List<Learner> signedIn = signIn(cluster, learners);
            // Warm-up on all three nodes: each JVM compiles the pages' code before anything is measured.
            measure(cluster, signedIn, 3, warmUp);
            List<Round> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                int[] order = round % 2 == 0 ? new int[] {1, 2, 3} : new int[] {3, 2, 1};
                for (int nodes : order) {
                    results.add(measure(cluster, signedIn, nodes, seconds));
                }
            }
            print(results, learners, seconds);
        } finally {
            cluster.down();
        }
    }

    private static List<Learner> signIn(LocalCluster cluster, int count) throws Exception {
        List<Learner> learners = new ArrayList<>();
        Pattern lesson = Pattern.compile("/learner/lesson\\.xhtml\\?[^\"]+");
        try (Connection c = cluster.connect()) {
            for (int i = 0; i < count; i++) {
                String email = TestAccounts.create(c, "Skalering Kursist " + i, "LEARNER");
                long enrolment = TestAccounts.enrol(c, email, COURSE);
                HttpUser user = HttpUser.at(cluster.baseUrl());
                if (user.login(email, TestAccounts.PASSWORD).statusCode() != 302) {
                    throw new IllegalStateException("Could not sign in " + email);
                }
                String coursePage = "/learner/course.xhtml?e=" + enrolment;
                Matcher first = lesson.matcher(user.get(coursePage).body().replace("&amp;", "&"));
                if (!first.find()) {
                    throw new IllegalStateException("The course page links no lesson");
                }
                learners.add(new Learner(user, coursePage, first.group()));
            }
        }
        return learners;
    }

    /** Every learner reads the course page and a lesson, again and again, with no pause: a closed loop. */
    private static Round measure(LocalCluster cluster, List<Learner> learners, int nodes, int seconds) throws Exception {
        for (int node = 1; node <= 3; node++) {
            cluster.balance(node, node <= nodes ? "ready" : "maint");
        }
        Thread.sleep(2_000);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<Future<long[]>> work = new ArrayList<>();
        for (Learner learner : learners) {
            work.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                boolean course = true;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<String> page = learner.user().get(course ? learner.coursePage() : learner.lessonPage());
                    latencies.add((System.nanoTime() - sent) / 1000);
                    if (page.statusCode() != 200) {
                        errors++;
                    }
                    course = !course;
                }
                long[] result = new long[latencies.size() + 1];
                result[0] = errors;
                for (int i = 0; i < latencies.size(); i++) {
                    result[i + 1] = latencies.get(i);
                }
                return result;
            }));
        }
        long requests = 0;
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> done : work) {
            long[] result = done.get(seconds + 180L, TimeUnit.SECONDS);
            errors += result[0];
            requests += result.length - 1;
            all.add(Arrays.copyOfRange(result, 1, result.length));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        Round round = new Round(nodes, requests, errors, elapsed, latencies);
        System.out.printf("  %d node(s): %.1f requests/s, p50 %d ms, p95 %d ms, %d errors%n", nodes, round.perSecond(),
                round.percentileMillis(0.50), round.percentileMillis(0.95), errors);
        return round;
    }

    private static void print(List<Round> results, int learners, int seconds) {
        Map<Integer, List<Round>> byNodes = new TreeMap<>();
        results.forEach(r -> byNodes.computeIfAbsent(r.nodes(), n -> new ArrayList<>()).add(r));
        double oneNode = median(byNodes.get(1));
        System.out.printf("%nLearner pages (course page and lesson, alternately) through HAProxy: %d signed-in learners"
                + " without pauses, %d s per round, %d rounds per node count, on %d cores%n", learners, seconds,
                byNodes.get(1).size(), Runtime.getRuntime().availableProcessors());
        System.out.println("| application nodes | requests/s (median) | ratio to 1 node | p50 ms | p95 ms | errors |");
        System.out.println("|---|---|---|---|---|---|");
        byNodes.forEach((nodes, rounds) -> {
            double perSecond = median(rounds);
            long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latenciesMicros())).toArray();
            Round merged = new Round(nodes, 0, 0, 1, all);
            System.out.printf("| %d | %.1f | %.2f | %d | %d | %d |%n", nodes, perSecond, perSecond / oneNode,
                    merged.percentileMillis(0.50), merged.percentileMillis(0.95), rounds.stream().mapToLong(Round::errors).sum());
        });
    }

    private static double median(List<Round> rounds) {
        double[] values = rounds.stream().mapToDouble(Round::perSecond).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
