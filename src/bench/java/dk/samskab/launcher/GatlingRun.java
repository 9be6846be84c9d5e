package dk.samskab.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One Gatling simulation in a JVM of its own, and the figures of its report (index.html). */
final class GatlingRun {

    /** One request name's figures: counts, requests per second over the run, and latency percentiles in ms. */
    record Figures(String name, long ok, long ko, double perSecond, double p50, double p95, double p99, double mean) {
        long total() {
            return ok + ko;
        }
    }

    private GatlingRun() {
    }

    /** Runs the simulation with the properties and returns its report folder. */
    static Path run(String simulation, Map<String, String> properties, Path resultsRoot, String description) {
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xms1g", "-Xmx3g", "-XX:+UseParallelGC",
                // Gatling's log writer reads String internals, as its own launcher allows.
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-cp", classpath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", simulation,
                "--results-folder", resultsRoot.toString(), "--run-description", description));
        try {
            Files.createDirectories(resultsRoot);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(resultsRoot.resolve("gatling-console.log").toFile()).start();
            int exit = process.waitFor();
            Path report = newestReport(resultsRoot);
            if (report == null || !Files.isRegularFile(report.resolve("index.html"))) {
                throw new IllegalStateException("Gatling ended with " + exit + " and no report; see "
                        + resultsRoot.resolve("gatling-console.log"));
            }
            return report;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run Gatling: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Every request name of the report, in the order Gatling lists them, with the run's totals as
     * "All Requests". Read from the statistics table of the report's index.html: Gatling 3.14
     * writes no machine-readable statistics beside it.
     */
    static Map<String, Figures> figures(Path report) {
        try {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
            Map<String, Figures> figures = new LinkedHashMap<>();
            for (org.jsoup.nodes.Element row : html.select("#container_statistics_head tr, #container_statistics_body tr")) {
                org.jsoup.nodes.Element name = row.selectFirst(".ellipsed-name");
                if (name != null) {
                    figures.put(name.text(), new Figures(name.text(), (long) cell(row, 3), (long) cell(row, 4), cell(row, 6),
                            cell(row, 8), cell(row, 10), cell(row, 11), cell(row, 13)));
                }
            }
            if (figures.isEmpty()) {
                throw new IllegalStateException("No statistics table in " + report.resolve("index.html"));
            }
            return figures;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the Gatling report in " + report + ": " + e.getMessage(), e);
        }
    }

    /** A number of the statistics table; Gatling writes "-" for none. */
    private static double cell(org.jsoup.nodes.Element row, int column) {
        org.jsoup.nodes.Element cell = row.selectFirst("td.col-" + column);
        String text = cell == null ? "-" : cell.text();
        return text.equals("-") ? 0 : Double.parseDouble(text);
    }

    private static Path newestReport(Path resultsRoot) throws IOException {
        try (Stream<Path> runs = Files.list(resultsRoot)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparingLong(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    /** The class path this program was started with (exec:java hands it over in a class loader, not in java.class.path). */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(new File(url.toURI()).getPath());
                    } catch (URISyntaxException e) {
                        throw new IllegalStateException("Odd class path entry " + url, e);
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }
}
