package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run command, backup and the benchmark pair keep their data across a stop when the project
 * lives under the system's temporary folder, as it does when cloned there by people and CI runners.
 */
class DataSurvivesStopIT {

    private static final File BUILD = new File(System.getProperty("samskab.build.dir", "target")).getAbsoluteFile();
    private static final Path CONTENT = Path.of(System.getProperty("samskab.content.dir", "course-content")).toAbsolutePath();

    private Path project;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void cloneUnderTheTemporaryFolder() throws IOException {
        project = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "samskab-clone-");
        Files.createSymbolicLink(project.resolve("course-content"), CONTENT);
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
        try (var files = Files.walk(project)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void theRunCommandAndBackupKeepTheDatabaseAcrossStops() throws Exception {
        int dbPort = freePort();
        Map<String, String> env = Map.of("SAMSKAB_HTTP_PORT", Integer.toString(freePort()),
                "SAMSKAB_EMBEDDED_DB_PORT", Integer.toString(dbPort));

        Process run = start(env, "dk.samskab.launcher.Launcher");
        awaitLine(run, "Samskab is running at");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/samskab?user=root");
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (full_name, email) VALUES ('Marker Person', 'marker@survives.example.dk')");
            assertTrue(count(s, "SELECT COUNT(*) FROM person WHERE email LIKE '%@demo.samskab.dk'") > 0, "the demo people were loaded");
        }
        stopWithSigterm(run);

        // Each backup starts the stopped database in a JVM of its own and stops it again.
        for (String name : List.of("after-the-run-command.sql", "after-a-backup.sql")) {
            Path dump = project.resolve("backups").resolve(name);
            Result backup = run(env, "dk.samskab.launcher.BackupCli", "backup", dump.toString());
            assertEquals(0, backup.exitCode, backup.output);
            assertTrue(Files.readString(dump, StandardCharsets.UTF_8).contains("marker@survives.example.dk"),
                    name + " holds the row written while the run command was running");
        }
    }

    @Test
    void theBenchmarkFindsTheDataTheGeneratorMadeBeforeItStopped() throws Exception {
        Map<String, String> env = Map.of("SAMSKAB_BENCH_DB_PORT", Integer.toString(freePort()),
                "SAMSKAB_BENCH_LEARNERS", "200");

        Result generated = run(env, "dk.samskab.launcher.DataGenerator", CONTENT.toString());
        assertEquals(0, generated.exitCode, generated.output);
        Matcher made = Pattern.compile("Generated 200 learners and ([\\d,]+) enrolments").matcher(generated.output);
        assertTrue(made.find(), generated.output);

        Result benchmark = run(env, "dk.samskab.launcher.ReportBenchmark");
        assertEquals(0, benchmark.exitCode, benchmark.output);
        assertTrue(benchmark.output.contains("Data set: " + made.group(1) + " enrolments"),
                "the benchmark reads the generated enrolments: " + benchmark.output);
    }

    private record Result(int exitCode, String output) {
    }

    private Process start(Map<String, String> env, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Dsamskab.home=" + project, "-Dsamskab.build.dir=" + BUILD, "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve(main.substring(main.lastIndexOf('.') + 1) + "-" + started.size() + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SAMSKAB_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private Result run(Map<String, String> env, String main, String... args) throws IOException, InterruptedException {
        Process process = start(env, main, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(main + " did not finish within five minutes: " + output(process));
        }
        return new Result(process.exitValue(), output(process));
    }

    private void awaitLine(Process process, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String output = output(process);
            if (output.contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Stopped before '" + line + "': " + output);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No '" + line + "' within four minutes: " + output(process));
    }

    private String output(Process process) throws IOException {
        int index = started.indexOf(process);
        try (var logs = Files.list(project)) {
            Path log = logs.filter(p -> p.getFileName().toString().endsWith("-" + index + ".log")).findFirst().orElseThrow();
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    /** Ctrl-C or a service manager's stop: SIGTERM, then the launcher's shutdown hook stops both servers. */
    private static void stopWithSigterm(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not stop within 90 s of SIGTERM");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
