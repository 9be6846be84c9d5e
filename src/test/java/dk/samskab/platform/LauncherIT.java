package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The run command's launcher fails with one clear line when it cannot start. */
class LauncherIT {

    @Test
    void anUnreachableExternalDatabaseIsReportedInOneLine() throws Exception {
        int closedPort = freePort();
        Result result = launch(Map.of(
                "SAMSKAB_DB_HOST", "127.0.0.1",
                "SAMSKAB_DB_PORT", Integer.toString(closedPort),
                "SAMSKAB_HTTP_PORT", Integer.toString(freePort())));

        assertEquals(1, result.exitCode, result.output);
        List<String> lines = result.output.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, lines.size(), "one line saying which database, one saying it failed: " + result.output);
        assertTrue(lines.get(1).startsWith("Samskab could not start: cannot reach the database root@127.0.0.1:"
                + closedPort), lines.get(1));
        assertTrue(lines.get(1).contains("SAMSKAB_DB_HOST"), "says what to check: " + lines.get(1));
    }

    @Test
    void aTakenHttpPortIsReportedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Result result = launch(Map.of("SAMSKAB_HTTP_PORT", Integer.toString(taken.getLocalPort())));

            assertEquals(1, result.exitCode, result.output);
            assertEquals("Samskab could not start: port " + taken.getLocalPort() + " is already in use;"
                    + " stop the program using it or set SAMSKAB_HTTP_PORT to another port", result.output.strip());
        }
    }

    @Test
    void theContentCommandReportsBrokenFilesByFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws Exception {
        java.nio.file.Path course = root.resolve("mini-course");
        java.nio.file.Files.createDirectories(course);
        java.nio.file.Files.writeString(course.resolve("course.yaml"), "code: MIN-100\ncolour: blue\n");

        Result result = run(Map.of(), "dk.samskab.launcher.ContentCli", "validate", root.toString());

        assertEquals(1, result.exitCode, result.output);
        assertTrue(result.output.contains("mini-course/course.yaml:2: unknown field 'colour'"), result.output);
        assertTrue(result.output.contains("0 course(s) valid"), result.output);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result launch(Map<String, String> env) throws IOException, InterruptedException {
        return run(env, "dk.samskab.launcher.Launcher");
    }

    private static Result run(Map<String, String> env, String... mainAndArgs) throws IOException, InterruptedException {
        String java = new File(System.getProperty("java.home"), "bin/java").getPath();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("SAMSKAB_"));
        builder.environment().put("SAMSKAB_DB_USER", "root");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not stop by itself");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
