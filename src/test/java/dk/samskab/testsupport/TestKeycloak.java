package dk.samskab.testsupport;

import dk.samskab.launcher.EmbeddedMariaDb;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak as an organisation's own OpenID Connect provider, with the realm of
 * src/test/resources/keycloak/samskab-test-realm.json. Maven Central's distribution, unpacked by
 * the build into target/keycloak-VERSION, runs in development mode on the newer JDK Keycloak
 * needs. It is started once per test run on first use, from an empty database, and stopped at the end.
 *
 * <p>The realm file declares its user profile (the one-line JSON string in its components) so that
 * the user without an e-mail address signs in without Keycloak asking for one, and so that only an
 * administrator can set the samskab_role attribute the tokens carry.
 */
public final class TestKeycloak {

    public static final String REALM = "samskab-test";
    public static final String CLIENT_ID = "samskab";
    /** The same values as in the realm file; they protect nothing outside a test run. */
    public static final String CLIENT_SECRET = "samskab-test-secret-not-for-production";
    public static final String PASSWORD = "samskab-oidc-test";
    /** The provider's code in the application's configuration. */
    public static final String PROVIDER = "aarhus";

    private static Process process;
    private static int port;

    private TestKeycloak() {
    }

    /** The realm's issuer, http://127.0.0.1:PORT/realms/samskab-test; starts Keycloak on first use. */
    public static synchronized String issuer() {
        if (process == null) {
            port = Integer.getInteger("samskab.test.keycloak.port", 18280);
            process = start(port);
        }
        return issuerOn(port);
    }

    /**
     * The application's configuration of this Keycloak as Aarhus Kommune's provider. Keycloak
     * itself starts only when a test first signs in through it (issuer()).
     */
    public static Map<String, String> providerEnvironment() {
        int port = Integer.getInteger("samskab.test.keycloak.port", 18280);
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("SAMSKAB_OIDC_PROVIDERS", PROVIDER + ",nede");
        environment.put("SAMSKAB_OIDC_AARHUS_NAME", "Aarhus Kommune (test)");
        environment.put("SAMSKAB_OIDC_AARHUS_ISSUER", issuerOn(port));
        environment.put("SAMSKAB_OIDC_AARHUS_CLIENT_ID", CLIENT_ID);
        environment.put("SAMSKAB_OIDC_AARHUS_CLIENT_SECRET", CLIENT_SECRET);
        environment.put("SAMSKAB_OIDC_AARHUS_ORGANISATION", "kommune-aarhus");
        environment.put("SAMSKAB_OIDC_AARHUS_ROLE_CLAIM", "samskab_role");
        // Only the secret of a provider an admin sets up on the admin page: the operator's part.
        environment.put("SAMSKAB_OIDC_ROSKILDE_CLIENT_SECRET", CLIENT_SECRET);
        // A second provider that never answers, as one that is down.
        environment.put("SAMSKAB_OIDC_NEDE_NAME", "Roskilde Kommune (nede)");
        environment.put("SAMSKAB_OIDC_NEDE_ISSUER", "http://127.0.0.1:9/realms/nede");
        environment.put("SAMSKAB_OIDC_NEDE_CLIENT_ID", CLIENT_ID);
        environment.put("SAMSKAB_OIDC_NEDE_CLIENT_SECRET", CLIENT_SECRET);
        environment.put("SAMSKAB_OIDC_NEDE_ORGANISATION", "kommune-roskilde");
        return environment;
    }

    /**
     * Signs user in at this Keycloak as a browser would, over plain HTTP: the application's
     * /sso/start, Keycloak's own form, and the address Keycloak sends the browser back to. Returns
     * that address (the application's callback with state and code) as a path, not yet visited.
     */
    public static String authorise(HttpUser user, String username) {
        issuer();
        HttpResponse<String> toProvider = user.get("/sso/start?provider=" + PROVIDER);
        HttpResponse<String> form = user.getElsewhere(location(toProvider));
        org.jsoup.nodes.Element login = org.jsoup.Jsoup.parse(form.body()).getElementById("kc-form-login");
        if (login == null) {
            throw new IllegalStateException("Keycloak showed no sign-in form: " + form.statusCode());
        }
        URI back = URI.create(location(user.postElsewhere(login.attr("action"), Map.of("username", username, "password", PASSWORD))));
        return back.getRawPath() + "?" + back.getRawQuery();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Expected a redirect from " + response.uri() + ", got " + response.statusCode()));
    }

    private static String issuerOn(int port) {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private static Process start(int port) {
        File home = home();
        File script = new File(home, "bin/kc.sh");
        if (!script.isFile()) {
            throw new IllegalStateException("Cannot find Keycloak at " + home + "; the build unpacks it in pre-integration-test ('mvn verify')");
        }
        File javaHome = new File(System.getProperty("samskab.test.keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!new File(javaHome, "bin/java").canExecute()) {
            throw new IllegalStateException("Keycloak needs Java 21 or later; no JDK at " + javaHome
                    + " (set the build property keycloak.java.home)");
        }
        // Health and metrics answer on a management port of their own.
        int managementPort = port + 1;
        requireFreePort(port);
        requireFreePort(managementPort);
        prepareData(home);
        File log = new File(TestDatabase.buildDir(), "test-keycloak/keycloak.log");
        log.getParentFile().mkdirs();
        List<String> command = List.of("bash", script.getAbsolutePath(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                // One issuer in every token, whether a browser or the application asks.
                "--hostname=http://127.0.0.1:" + port);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome.getAbsolutePath());
        // kc.sh prefers $JAVA to JAVA_HOME and replaces its own JVM options by $JAVA_OPTS, and every JVM reads
        // JAVA_TOOL_OPTIONS: none of them may leak in from the build's own Java.
        environment.remove("JAVA");
        environment.remove("JAVA_OPTS");
        environment.remove("JAVA_TOOL_OPTIONS");
        // As LocalCluster.QUICK_START: on two busy cores it starts in about 28 s instead of 45 s and holds about
        // 390 MB instead of 525 MB. kc.sh selects G1 itself, so G1 must be unselected before another collector.
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:-UseG1GC -XX:+UseSerialGC");
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak: " + e.getMessage(), e);
        }
        // Should the test JVM end before the run closes (a timeout, Ctrl-C), Keycloak must not live on holding its ports.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "keycloak-stop"));
        try {
            awaitRealm(started, port, Duration.ofMinutes(Integer.getInteger("samskab.test.startup.minutes", 3)), log);
        } catch (RuntimeException notReady) {
            stop(started);
            throw notReady;
        }
        return started;
    }

    /** Where the build unpacked Keycloak; outside Maven (an IDE), the one distribution in the build folder. */
    private static File home() {
        String configured = System.getProperty("samskab.test.keycloak.home");
        if (configured != null) {
            return new File(configured);
        }
        File[] unpacked = TestDatabase.buildDir().listFiles(f -> f.getName().startsWith("keycloak-") && f.isDirectory());
        if (unpacked == null || unpacked.length != 1) {
            throw new IllegalStateException("Set samskab.test.keycloak.home: there is not exactly one Keycloak in "
                    + TestDatabase.buildDir() + "; the build unpacks it in pre-integration-test ('mvn verify')");
        }
        return unpacked[0];
    }

    /** Development mode keeps its database in data/: an empty one, and the realm file where --import-realm reads it. */
    private static void prepareData(File home) {
        File data = new File(home, "data");
        TestDatabase.deleteRecursively(data.toPath());
        File realm = new File(data, "import/" + REALM + "-realm.json");
        realm.getParentFile().mkdirs();
        try (InputStream in = TestKeycloak.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("No realm file keycloak/" + REALM + "-realm.json on the test class path");
            }
            // The application's address in the realm follows the test run's port (18080 unless moved).
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(":18080/", ":" + Integer.getInteger("samskab.test.http.port", 18080) + "/");
            Files.writeString(realm.toPath(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the realm's discovery document answers, which is after the realm is imported. */
    private static void awaitRealm(Process started, int port, Duration timeout, File log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerOn(port) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak's realm " + REALM + " did not answer within " + timeout.toSeconds() + " s; see " + log);
    }

    static synchronized void shutdown() {
        if (process != null) {
            stop(process);
            process = null;
        }
    }

    /**
     * Ends kc.sh and the JVM it starts as its child: the script forwards SIGTERM, but a script
     * killed outright would leave the JVM running and holding the ports.
     */
    private static void stop(Process script) {
        List<ProcessHandle> tree = new ArrayList<>(script.descendants().toList());
        tree.add(script.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notEnded) {
                handle.destroyForcibly();
            }
        }
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Connections of an earlier run still in TIME_WAIT do not make the port busy.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new EmbeddedMariaDb.PortInUseException(port);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
