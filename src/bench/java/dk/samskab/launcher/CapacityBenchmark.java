package dk.samskab.launcher;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity benchmark: starts the application as the run command does, on the generated data
 * set (DataGenerator), and drives it with Gatling from this machine. It measures the bare
 * endpoint and the hand-written dashboard SQL as baselines in the same run, each page's
 * throughput when nobody pauses, then learners in growing numbers with the server's heap and CPU.
 * Prints every figure as a ratio to its baseline; writes a Markdown table and a chart to
 * target/capacity/. Not a test: see docs/benchmarks.md.
 */
public final class CapacityBenchmark {

    private CapacityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> levels = levels(System.getProperty("bench.levels", "1000,10000"));
        boolean throughput = Boolean.parseBoolean(System.getProperty("bench.throughput", "true"));
        String dbSettings = System.getProperty("bench.db", "run");
        File build = new File(System.getProperty("samskab.build.dir", "target")).getAbsoluteFile();
        Path out = build.toPath().resolve("capacity");
        CapacityReport report = new CapacityReport(out);

        Map.Entry<DatabaseSettings, Runnable> database = BenchmarkDatabase.open(DatabaseTuning.arguments(dbSettings));
        PayaraMicroServer server = null;
        try (Connection c = database.getKey().connect()) {
            long learners = BenchAccounts.ensure(c);
            try (java.sql.Statement s = c.createStatement()) {
                // Data sets generated before the generator issued certificates get them here, as the application would have.
                DataGenerator.issueCertificates(s);
                DataGenerator.historyBeforeTheLrs(s);
            }
            long enrolments = DataGenerator.count(c, "SELECT COUNT(*) FROM enrolment");
            report.line("Samskab capacity benchmark, %s, %d cores; data: %,d learners who can sign in, %,d enrolments;"
                    + " embedded MariaDB settings: %s %s", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                    Runtime.getRuntime().availableProcessors(), learners, enrolments, dbSettings, DatabaseTuning.arguments(dbSettings));
            DashboardBaseline sql = new DashboardBaseline(database.getKey(), DataGenerator.managerId(c));

            long started = System.nanoTime();
            server = start(database.getKey(), build);
            double startSeconds = (System.nanoTime() - started) / 1e9;
            report.line("Start to ready: %.1f s", startSeconds);
            ServerProbe app = new ServerProbe(server.pid());
            ServerProbe db = ServerProbe.find("mariadbd", ".samskab-bench").orElse(null);

            Map<String, String> base = forwardedProperties(server.baseUrl());
            // A short warm-up, so that the first measured phase does not pay for class loading and compilation.
            // Learners a run has not used yet, as far as chance allows: a learner who has used up a quiz's
            // attempts in an earlier run has nothing left to write.
            int needed = 60 + 200 + levels.stream().mapToInt(Integer::intValue).sum();
            int nextLearner = Integer.getInteger("bench.firstLearner",
                    java.util.concurrent.ThreadLocalRandom.current().nextInt((int) Math.max(1, learners - needed)));
            report.line("Learners from number %,d on", nextLearner);
            runLearners(base, 60, nextLearner, Duration.ofSeconds(40), "1", "3", out.resolve("warm-up"));
            nextLearner += 60;

            if (throughput) {
                Map<String, String> properties = new HashMap<>(base);
                properties.put("bench.firstLearner", Integer.toString(nextLearner));
                nextLearner += 200;
                Path run = GatlingRun.run("dk.samskab.bench.ThroughputSimulation", properties, out.resolve("throughput"), "throughput");
                report.throughput(GatlingRun.figures(run), run);
            }
            for (int level : levels) {
                long heapBefore = app.liveHeapAfterFullGc();
                long appCpu = app.cpuMillis();
                long dbCpu = db == null ? 0 : db.cpuMillis();
                sql.startSampling();
                Path run = runLearners(base, level, nextLearner, null, null, null, out.resolve("learners-" + level));
                List<Double> sqlTimes = sql.stopSampling();
                nextLearner += level;
                long appCpuUsed = app.cpuMillis() - appCpu;
                long dbCpuUsed = db == null ? 0 : db.cpuMillis() - dbCpu;
                long heapAfter = app.liveHeapAfterFullGc();
                report.learners(level, GatlingRun.figures(run), run, sqlTimes, heapBefore, heapAfter, appCpuUsed, dbCpuUsed);
            }
            report.finish();
        } finally {
            if (server != null) {
                server.stop();
            }
            database.getValue().run();
        }
    }

    private static PayaraMicroServer start(DatabaseSettings database, File build) {
        Map<String, String> env = new HashMap<>(database.asEnvironment());
        env.put("SAMSKAB_DEMO_DATA", "false");
        env.put("SAMSKAB_CONTENT_DIR", new File(System.getProperty("samskab.home", "."), "course-content").getAbsolutePath());
        int port = Integer.parseInt(System.getProperty("bench.port", "8080"));
        PayaraMicroServer server = PayaraMicroServer.start(new File(build, "payara-micro.jar"), new File(build, "samskab.war"), port,
                new File(build, "capacity/server"), env, new File(build, "capacity/server/payara.log"),
                Boolean.parseBoolean(System.getProperty("bench.classArchive", "true")));
        server.awaitReady(Duration.ofMinutes(5));
        return server;
    }

    private static Path runLearners(Map<String, String> base, int learners, int first, Duration hold, String thinkMin,
            String thinkMax, Path results) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put("bench.learners", Integer.toString(learners));
        properties.put("bench.firstLearner", Integer.toString(first));
        if (hold != null) {
            properties.put("bench.holdSeconds", Long.toString(hold.toSeconds()));
            properties.put("bench.thinkMinSeconds", thinkMin);
            properties.put("bench.thinkMaxSeconds", thinkMax);
        }
        return GatlingRun.run("dk.samskab.bench.LearnersSimulation", properties, results, learners + " learners");
    }

    /** The benchmark's own settings (bench.*) for the simulations, and the server's address. */
    private static Map<String, String> forwardedProperties(String baseUrl) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        properties.put("bench.baseUrl", baseUrl);
        return properties;
    }

    private static List<Integer> levels(String value) {
        List<Integer> levels = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                levels.add(Integer.parseInt(part.strip()));
            }
        }
        return levels;
    }
}
