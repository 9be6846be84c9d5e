package dk.samskab.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** One Gatling simulation in a JVM of its own, and the figures of its report (js/stats.json). */
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
                "-Xms1g", "-Xmx3g", "-XX:+UseParallelGC", "-cp", classpath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", simulation,
                "--results-folder", resultsRoot.toString(), "--run-description", description));
        try {
            Files.createDirectories(resultsRoot);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(resultsRoot.resolve("gatling-console.log").toFile()).start();
            int exit = process.waitFor();
            Path report = newestReport(resultsRoot);
            if (exit != 0 && !Files.isRegularFile(report.resolve("js/stats.json"))) {
                throw new IllegalStateException("Gatling ended with " + exit + "; see " + resultsRoot.resolve("gatling-console.log"));
            }
            return report;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run Gatling: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Every request name of the report, in the order Gatling lists them, with the run's totals as "All Requests". */
    static Map<String, Figures> figures(Path report) {
        try {
            JsonNode root = new ObjectMapper().readTree(report.resolve("js/stats.json").toFile());
            Map<String, Figures> figures = new LinkedHashMap<>();
            collect(root, figures);
            return figures;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the Gatling report in " + report + ": " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode node, Map<String, Figures> into) {
        JsonNode stats = node.path("stats");
        if (!stats.isMissingNode()) {
            into.put(stats.path("name").asText(), new Figures(stats.path("name").asText(),
                    stats.path("numberOfRequests").path("ok").asLong(), stats.path("numberOfRequests").path("ko").asLong(),
                    stats.path("meanNumberOfRequestsPerSecond").path("total").asDouble(),
                    stats.path("percentiles1").path("total").asDouble(), stats.path("percentiles3").path("total").asDouble(),
                    stats.path("percentiles4").path("total").asDouble(), stats.path("meanResponseTime").path("total").asDouble()));
        }
        node.path("contents").forEach(child -> collect(child, into));
    }

    private static Path newestReport(Path resultsRoot) throws IOException {
        try (Stream<Path> runs = Files.list(resultsRoot)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report into " + resultsRoot));
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
