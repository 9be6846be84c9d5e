package dk.samskab.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro in its own process, running the Samskab WAR at the root context. */
public final class PayaraMicroServer {

    static final String PRE_BOOT_COMMANDS = "pre-boot-commands.asadmin";
    static final String POST_BOOT_COMMANDS = "post-boot-commands.asadmin";
    static final String CLASS_ARCHIVE = "payara-classes.jsa";

    private final Process process;
    private final int httpPort;
    private final File logFile;

    private PayaraMicroServer(Process process, int httpPort, File logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.logFile = logFile;
    }

    /** Starts the server; its console output goes to logFile. */
    public static PayaraMicroServer start(File microJar, File war, int httpPort, File workDir,
            Map<String, String> environment, File logFile) {
        return start(microJar, war, httpPort, workDir, environment, logFile, false);
    }

    /**
     * Starts the server; with keepClassArchive, the JVM's class data (CDS) is archived in workDir
     * when the server stops, and read from there at every later start, instead of the classes
     * being loaded and verified from the jars again.
     */
    public static PayaraMicroServer start(File microJar, File war, int httpPort, File workDir,
            Map<String, String> environment, File logFile, boolean keepClassArchive) {
        requireFile(microJar, "Payara Micro");
        requireFile(war, "the application WAR");
        EmbeddedMariaDb.requireFreePort(httpPort);
        File rootDir = new File(workDir, "payara-root");
        // Payara Micro remembers earlier deployments in its root folder: start from a clean one.
        deleteRecursively(rootDir);
        workDir.mkdirs();
        logFile.getParentFile().mkdirs();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g"));
        if (keepClassArchive) {
            command.addAll(classArchiveOptions(new File(workDir, CLASS_ARCHIVE)));
        }
        command.addAll(List.of("-jar", microJar.getAbsolutePath(),
                "--deploy", war.getAbsolutePath(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--rootdir", rootDir.getAbsolutePath()));
        // The production settings an operator also uses (deployment/*-boot-commands.asadmin, copied beside the jar).
        File preBoot = new File(microJar.getParentFile(), PRE_BOOT_COMMANDS);
        if (preBoot.isFile()) {
            command.addAll(List.of("--prebootcommandfile", preBoot.getAbsolutePath()));
        }
        File postBoot = new File(microJar.getParentFile(), POST_BOOT_COMMANDS);
        if (postBoot.isFile()) {
            command.addAll(List.of("--postbootcommandfile", postBoot.getAbsolutePath()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir)
                .redirectErrorStream(true)
                .redirectOutput(logFile);
        builder.environment().putAll(environment);
        try {
            return new PayaraMicroServer(builder.start(), httpPort, logFile);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the application is deployed (its login page answers) and ready (the database
     * answers on /health/ready); fails early, pointing at the log, if the deployment failed.
     */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + logFile);
            }
            try {
                int page = status(client, "/login.xhtml");
                if (page == 200 && status(client, "/health/ready") == 200) {
                    return;
                }
                if (page == 404 && status(client, "/health/live") == 200) {
                    throw new IllegalStateException("the application failed to deploy; see " + logFile);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s; see " + logFile);
    }

    private int status(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The server's process id, for probes that read it from outside (jcmd, /proc). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the server at once with SIGKILL, as a power cut or the OOM killer would: no shutdown, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            // Long enough for the JVM to write its class archive on the way out.
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the archive when there is one, and otherwise writes it at exit. An archive the JVM
     * cannot use (another JDK) is passed over with a warning in the log; deleting it makes a new one.
     */
    static List<String> classArchiveOptions(File archive) {
        return archive.isFile()
                ? List.of("-XX:SharedArchiveFile=" + archive.getAbsolutePath())
                : List.of("-XX:ArchiveClassesAtExit=" + archive.getAbsolutePath());
    }

    private static void requireFile(File file, String what) {
        if (!file.isFile()) {
            throw new IllegalStateException("Cannot find " + what + " at " + file + "; build with 'mvn package' first");
        }
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }

    private static String javaExecutable() {
        return new File(System.getProperty("java.home"), "bin/java").getAbsolutePath();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
