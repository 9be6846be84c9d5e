package dk.samskab.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures as they come, and keeps them as Markdown and a chart in target/capacity/. */
final class CapacityReport {

    static final List<String> LEARNER_PAGES = List.of("login page", "sign in", "my learning", "course page", "step page",
            "mark done", "answer quiz", "catalogue (signed in)", "transcript");
    static final List<String> OTHER_PAGES = List.of("dashboard", "dashboard, filtered", "drill-down", "CSV export",
            "home (anonymous)", "catalogue (anonymous)", "course (anonymous)", "bare endpoint");
    private static final String BARE = "bare endpoint";

    private final Path out;
    private final StringBuilder markdown = new StringBuilder();
    private final List<CapacityChart.Point> points = new ArrayList<>();

    CapacityReport(Path out) {
        this.out = out;
    }

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        markdown.append(text).append("\n\n");
    }

    /** Saturation: each page's requests per second when nobody pauses, as a share of the bare endpoint's. */
    void throughput(Map<String, GatlingRun.Figures> figures, Path run) {
        double phase = Long.getLong("bench.phaseSeconds", 30);
        GatlingRun.Figures bare = figures.get("saturated: " + BARE);
        double bareRate = bare == null ? Double.NaN : bare.ok() / phase;
        table("Throughput with nobody pausing (" + Integer.getInteger("bench.concurrency", 20) + " users per page, "
                + (long) phase + " s each; report " + run.getFileName() + ")",
                "| page | requests/s | share of bare | p50 ms | p95 ms | p99 ms | errors |", "|---|---:|---:|---:|---:|---:|---:|");
        for (GatlingRun.Figures f : figures.values()) {
            if (f.name().startsWith("saturated: ")) {
                double rate = f.ok() / phase;
                row("| %s | %.0f | %.1f %% | %.0f | %.0f | %.0f | %d |", f.name().substring(11), rate, 100 * rate / bareRate,
                        f.p50(), f.p95(), f.p99(), f.ko());
            }
        }
        long writes = count(figures, "mark done") + count(figures, "answer quiz");
        long writeErrors = errors(figures, "mark done") + errors(figures, "answer quiz");
        double writeRate = writes / phase;
        row("| progress writes (mark done, quiz answer), each with the page that follows | %.0f | %.1f %% | | | | %d |",
                writeRate, 100 * writeRate / bareRate, writeErrors);
        end();
    }

    void learners(int level, Map<String, GatlingRun.Figures> figures, Path run, List<Double> sqlTimes, long heapBefore,
            long heapAfter, long appCpuMillis, long dbCpuMillis) {
        GatlingRun.Figures bare = figures.get(BARE);
        GatlingRun.Figures all = figures.get("All Requests");
        double sqlP50 = percentile(sqlTimes, 50);
        double sqlP95 = percentile(sqlTimes, 95);
        table(String.format(Locale.ROOT, "%,d learners signing in at %s/s, then 30 to 90 s between pages (report %s)", level,
                        System.getProperty("bench.signInsPerSecond", "33.4"), run.getFileName()),
                "| page | requests | requests/s | p50 ms | p95 ms | p99 ms | p95 ÷ baseline p95 | errors |",
                "|---|---:|---:|---:|---:|---:|---:|---:|");
        double worstLearnerP95 = 0;
        for (String name : concat(LEARNER_PAGES, OTHER_PAGES)) {
            GatlingRun.Figures f = figures.get(name);
            if (f == null) {
                continue;
            }
            boolean manager = name.startsWith("dashboard") || name.equals("drill-down") || name.equals("CSV export");
            double baseline = manager ? sqlP95 : bare == null ? Double.NaN : bare.p95();
            row("| %s | %,d | %.1f | %.0f | %.0f | %.0f | %.1f × %s | %d |", name, f.total(), f.perSecond(), f.p50(), f.p95(),
                    f.p99(), f.p95() / baseline, manager ? "SQL" : "bare", f.ko());
            if (LEARNER_PAGES.contains(name) && !name.equals("sign in") && !name.equals("login page")) {
                worstLearnerP95 = Math.max(worstLearnerP95, f.p95());
            }
        }
        long resources = 0;
        long resourceErrors = 0;
        for (GatlingRun.Figures f : figures.values()) {
            if (!LEARNER_PAGES.contains(f.name()) && !OTHER_PAGES.contains(f.name()) && !f.name().equals("All Requests")) {
                resources += f.total();
                resourceErrors += f.ko();
            }
        }
        row("| static resources and redirects | %,d | | | | | | %d |", resources, resourceErrors);
        row("| hand-written dashboard SQL (baseline) | %d | | %.0f | %.0f | | | |", sqlTimes.size(), sqlP50, sqlP95);
        end();
        long requests = all == null ? 0 : all.total();
        line("%,d learners: %,d requests, %,d errors (%.2f %%); live heap after a full GC %,d MB before, %,d MB after"
                + " (%,d bytes per session); CPU per request: application %.2f ms, database %.2f ms", level, requests,
                all == null ? 0 : all.ko(), all == null || requests == 0 ? 0 : 100.0 * all.ko() / requests, heapBefore >> 20,
                heapAfter >> 20, (heapAfter - heapBefore) / level, (double) appCpuMillis / requests, (double) dbCpuMillis / requests);
        points.add(new CapacityChart.Point(level, worstLearnerP95, all == null ? 0 : all.perSecond(),
                (heapAfter - heapBefore) / (double) level));
    }

    void finish() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("capacity.md"), markdown);
        if (!points.isEmpty()) {
            CapacityChart.write(points, out.resolve("capacity.png"));
        }
        System.out.println("Figures written to " + out.resolve("capacity.md") + (points.isEmpty() ? "" : " and capacity.png"));
    }

    private void table(String title, String header, String rule) {
        markdown.append("**").append(title).append("**\n\n").append(header).append('\n').append(rule).append('\n');
        System.out.println();
        System.out.println(title);
        System.out.println(header);
    }

    private void row(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        markdown.append(text).append('\n');
        System.out.println(text);
    }

    private void end() {
        markdown.append('\n');
        System.out.println();
    }

    private static long count(Map<String, GatlingRun.Figures> figures, String name) {
        return figures.containsKey(name) ? figures.get(name).ok() : 0;
    }

    private static long errors(Map<String, GatlingRun.Figures> figures, String name) {
        return figures.containsKey(name) ? figures.get(name).ko() : 0;
    }

    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
