package dk.samskab.testsupport;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.launcher.PayaraMicroServer;
import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A second Samskab, with a schema of its own and no demo data, whose LRS plays the external LRS
 * that {@link TestApplication} forwards statements to. Started only by the test that needs it.
 */
public final class TestLrs {

    public static final String SCHEMA = "samskab_lrs";

    private static PayaraMicroServer server;
    private static DatabaseSettings database;

    private TestLrs() {
    }

    public static int port() {
        return Integer.getInteger("samskab.test.lrs.http.port", 18083);
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            database = TestDatabase.schema(SCHEMA);
            Map<String, String> env = new HashMap<>(database.asEnvironment());
            env.put("SAMSKAB_DEMO_DATA", "false");
            env.put("SAMSKAB_MAIL_HOST", "127.0.0.1");
            env.put("SAMSKAB_MAIL_PORT", Integer.toString(TestMail.port()));
            File build = TestDatabase.buildDir();
            PayaraMicroServer started = PayaraMicroServer.start(new File(build, "payara-micro.jar"), new File(build, "samskab.war"),
                    port(), new File(build, "test-lrs"), env, new File(build, "test-lrs/payara.log"));
            try {
                started.awaitReady(Duration.ofMinutes(Integer.getInteger("samskab.test.startup.minutes", 3)));
            } catch (RuntimeException notReady) {
                started.stop();
                throw notReady;
            }
            server = started;
        }
        return server.baseUrl();
    }

    /** The second Samskab's database, once it has migrated it. */
    public static Connection connect() throws SQLException {
        baseUrl();
        return database.connect();
    }

    static synchronized void shutdown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
