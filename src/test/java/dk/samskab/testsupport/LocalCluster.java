package dk.samskab.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of deployment/cluster/cluster.sh (three Payara Micro nodes, three MariaDB Galera
 * nodes, HAProxy in front), driven through that script exactly as an operator drives it.
 */
public final class LocalCluster {

    private final File script;
    private final File runDir;
    private final int portBase;
    private final File build;

    /**
     * Nodes start about twice as fast on two busy cores with the quick compiler only and one GC
     * thread; what the tests check (failover, sessions, writes) does not depend on either.
     */
    public static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final String javaOptions;

    public LocalCluster(File runDir, int portBase) {
        this(runDir, portBase, QUICK_START);
    }

    /** With the application nodes' JVM options: "" for the JVM's defaults, as in production. */
    public LocalCluster(File runDir, int portBase, String javaOptions) {
        this.javaOptions = javaOptions;
        this.build = TestDatabase.buildDir();
        this.script = new File(build.getParentFile(), "deployment/cluster/cluster.sh");
        this.runDir = runDir;
        this.portBase = portBase;
    }

    /** The address users open: HAProxy in front of the application nodes. */
    public String baseUrl() {
        return "http://127.0.0.1:" + (portBase + 80);
    }

    /** One application node directly, without the load balancer. */
    public String nodeUrl(int node) {
        return "http://127.0.0.1:" + (portBase + 80 + node);
    }

    public void up() {
        run(15, "up");
    }

    public void down() {
        run(5, "down");
    }

    public void killApp(int node) {
        run(1, "kill", "app", Integer.toString(node));
    }

    public void killDatabase(int node) {
        run(1, "kill", "db", Integer.toString(node));
    }

    public void startApp(int node) {
        run(10, "start", "app", Integer.toString(node));
    }

    public void startDatabase(int node) {
        run(10, "start", "db", Integer.toString(node));
    }

    /** Drains the node on HAProxy, stops it, starts it and puts it back. */
    public void restartApp(int node) {
        run(10, "restart", "app", Integer.toString(node));
    }

    /** Whether HAProxy sends requests to the node: "ready", "drain" or "maint". */
    public void balance(int node, String state) {
        run(1, "balance", "app", Integer.toString(node), state);
    }

    public String status() {
        return run(1, "status");
    }

    /** The database as the application sees it, through HAProxy. */
    public Connection connect() throws SQLException {
        return connectTo(portBase + 306);
    }

    /** One Galera node directly. */
    public Connection connectToDatabaseNode(int node) throws SQLException {
        return connectTo(portBase + 306 + node);
    }

    private Connection connectTo(int port) throws SQLException {
        try {
            String password = Files.readString(new File(runDir, "db-password").toPath(), StandardCharsets.UTF_8).trim();
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/samskab?connectTimeout=5000", "samskab", password);
        } catch (IOException e) {
            throw new SQLException("No database password in " + runDir + ": is the cluster up?", e);
        }
    }

    private String run(int minutes, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.getAbsolutePath()));
        command.addAll(List.of(arguments));
        File log = new File(runDir, "cluster-script.log");
        runDir.mkdirs();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(Map.of(
                "CLUSTER_DIR", runDir.getAbsolutePath(),
                "CLUSTER_PORT_BASE", Integer.toString(portBase),
                "SAMSKAB_WAR", new File(build, "samskab.war").getAbsolutePath(),
                "MICRO_JAR", new File(build, "payara-micro.jar").getAbsolutePath(),
                "CLUSTER_APP_JAVA_OPTS", javaOptions));
        try {
            Process process = builder.start();
            byte[] output;
            try (var out = process.getInputStream()) {
                output = out.readAllBytes();
            }
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " took over " + minutes + " min");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            Files.writeString(log.toPath(), "$ cluster.sh " + String.join(" ", arguments) + "\n" + text,
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed:\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
