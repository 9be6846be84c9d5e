package dk.samskab.testsupport;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.launcher.PayaraMicroServer;
import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The built WAR running on Payara Micro against the test MariaDB, with demo data: started once
 * per test run and shared by every browser and HTTP test.
 */
public final class TestApplication {

    public static final String SCHEMA = "samskab_web";

    private static PayaraMicroServer server;
    private static TcpProxy databaseLink;
    private static TcpProxy forwardingLink;

    /** The key the application forwards statements with, to the external LRS that {@link TestLrs} starts. */
    public static final String FORWARDING_KEY = "lrs-forwarding-test";

    private TestApplication() {
    }

    private static Map<String, String> environment;

    public static synchronized String baseUrl() {
        if (server == null) {
            DatabaseSettings database = TestDatabase.schema(SCHEMA);
            // The application reaches its database through a proxy that an outage test can cut.
            databaseLink = new TcpProxy(Integer.getInteger("samskab.test.db.proxy.port", 33071), database.port());
            databaseLink.open();
            Map<String, String> env = new HashMap<>(database.asEnvironment());
            env.put("SAMSKAB_DB_PORT", Integer.toString(databaseLink.port()));
            env.put("SAMSKAB_DEMO_DATA", "true");
            // Statements are forwarded to a second Samskab, reached only through a proxy that a test can cut.
            // Until ForwardingIT starts it nothing answers there, and the outbox just waits and retries.
            forwardingLink = new TcpProxy(Integer.getInteger("samskab.test.lrs.proxy.port", 33072), TestLrs.port());
            forwardingLink.open();
            env.put("SAMSKAB_XAPI_FORWARD_ENDPOINT", "http://127.0.0.1:" + forwardingLink.port() + "/xapi/");
            env.put("SAMSKAB_XAPI_FORWARD_KEY", FORWARDING_KEY);
            env.put("SAMSKAB_XAPI_FORWARD_SECRET", TestAccounts.PASSWORD);
            env.put("SAMSKAB_XAPI_FORWARD_MAX_BACKOFF_SECONDS", "2");
            env.put("SAMSKAB_MAIL_HOST", "127.0.0.1");
            env.put("SAMSKAB_MAIL_PORT", Integer.toString(TestMail.port()));
            // As behind a reverse proxy on the same host, so tests can sign in from other client addresses.
            env.put("SAMSKAB_TRUSTED_PROXIES", "127.0.0.1");
            Map<String, String> keycloak = TestKeycloak.providerEnvironment();
            Map<String, String> hostile = TestHostileProvider.providerEnvironment();
            env.putAll(keycloak);
            env.putAll(hostile);
            // The application reads one list of providers, and each test provider names only its own.
            env.put("SAMSKAB_OIDC_PROVIDERS", keycloak.get("SAMSKAB_OIDC_PROVIDERS") + "," + hostile.get("SAMSKAB_OIDC_PROVIDERS"));
            environment = env;
            server = start();
        }
        return server.baseUrl();
    }

    private static PayaraMicroServer start() {
        File build = TestDatabase.buildDir();
        int port = Integer.getInteger("samskab.test.http.port", 18080);
        PayaraMicroServer started = PayaraMicroServer.start(new File(build, "payara-micro.jar"), new File(build, "samskab.war"),
                port, new File(build, "test-app"), environment, new File(build, "test-app/payara.log"));
        try {
            // A busy build machine may need longer than the usual three minutes.
            started.awaitReady(Duration.ofMinutes(Integer.getInteger("samskab.test.startup.minutes", 3)));
        } catch (RuntimeException notReady) {
            // Otherwise the server lives on after the test run and holds the port.
            started.stop();
            throw notReady;
        }
        return started;
    }

    /** Kills the application server with SIGKILL, as a crash would, and starts it again on the same database. */
    public static synchronized void crashAndRestart() throws InterruptedException {
        baseUrl();
        server.kill();
        server = start();
    }

    /** Makes the database unreachable for the application, as a network or server failure would. */
    public static synchronized void cutDatabase() {
        databaseLink.cut();
    }

    public static synchronized void restoreDatabase() {
        databaseLink.open();
    }

    /** Cuts the network between the application and the external LRS it forwards statements to. */
    public static synchronized void cutForwarding() {
        baseUrl();
        forwardingLink.cut();
    }

    public static synchronized void restoreForwarding() {
        forwardingLink.open();
    }

    static synchronized void shutdown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
