package dk.samskab.launcher;

import java.io.File;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Samskab for development and demos: the embedded MariaDB (data kept in .samskab-data/),
 * or the external MariaDB named by SAMSKAB_DB_*, then Payara Micro with the built WAR and demo
 * data. Ctrl-C stops both.
 */
public final class Launcher {

    private static final String DEMO_PASSWORD = "samskab-demo-2026";
    private static final String[][] DEMO_LOGINS = {
        {"admin@demo.samskab.dk", "administrator"},
        {"jens@demo.samskab.dk", "training manager, Aarhus Kommune"},
        {"karen@demo.samskab.dk", "instructor, Københavns Professionshøjskole"},
        {"mette@demo.samskab.dk", "learner: professional in Aarhus and Red Cross volunteer"},
        {"ahmad@demo.samskab.dk", "learner: volunteer, Dansk Flygtningehjælp (English)"},
        {"lone@demo.samskab.dk", "learner: leader in Roskilde and volunteer coordinator"},
    };

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (RuntimeException | SQLException e) {
            System.err.println("Samskab could not start: " + oneLine(e));
            System.exit(1);
        }
    }

    private static void run() throws SQLException {
        Map<String, String> env = System.getenv();
        File home = new File(System.getProperty("samskab.home", ".")).getAbsoluteFile();
        File buildDir = new File(System.getProperty("samskab.build.dir", "target")).getAbsoluteFile();
        File stateDir = new File(home, ".samskab-data");
        int httpPort = Integer.parseInt(env.getOrDefault("SAMSKAB_HTTP_PORT", "8080"));

        try {
            EmbeddedMariaDb.requireFreePort(httpPort);
        } catch (EmbeddedMariaDb.PortInUseException e) {
            throw new IllegalStateException("port " + httpPort
                    + " is already in use; stop the program using it or set SAMSKAB_HTTP_PORT to another port");
        }

        EmbeddedMariaDb embedded = null;
        DatabaseSettings database;
        if (DatabaseSettings.externalConfigured(env)) {
            database = DatabaseSettings.fromEnvironment(env);
            say("Using the external MariaDB at " + database);
        } else {
            int dbPort = Integer.parseInt(env.getOrDefault("SAMSKAB_EMBEDDED_DB_PORT",
                    Integer.toString(DatabaseSettings.EMBEDDED_PORT)));
            say("Starting the embedded MariaDB on port " + dbPort + " (data in " + stateDir + ")");
            try {
                embedded = EmbeddedMariaDb.start(dbPort, new File(stateDir, "mariadb"), new File(stateDir, "mariadb-data"),
                        EmbeddedMariaDb.RUN_SETTINGS);
            } catch (EmbeddedMariaDb.PortInUseException e) {
                throw new IllegalStateException("port " + dbPort + " for the embedded MariaDB is already in use;"
                        + " set SAMSKAB_EMBEDDED_DB_PORT to another port");
            }
            database = embedded.settings("samskab");
            database.createDatabaseIfMissing();
        }
        checkReachable(database);

        Map<String, String> appEnv = new HashMap<>(database.asEnvironment());
        appEnv.put("SAMSKAB_DEMO_DATA", "true");
        // Courses are imported from the working copy, so edits show after a restart without a rebuild.
        appEnv.put("SAMSKAB_CONTENT_DIR", new File(home, "course-content").getAbsolutePath());
        File log = new File(buildDir, "run/payara.log");
        say("Starting Payara Micro on port " + httpPort + " (log in " + log + ")");
        PayaraMicroServer server = PayaraMicroServer.start(new File(buildDir, "payara-micro.jar"),
                new File(buildDir, "samskab.war"), httpPort, new File(buildDir, "run"), appEnv, log, true);
        EmbeddedMariaDb db = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping Samskab ...");
            server.stop();
            if (db != null) {
                db.stop();
            }
            say("Stopped.");
        }, "samskab-shutdown"));

        server.awaitReady(Duration.ofMinutes(3));
        printWelcome(server.baseUrl());
        waitForever(server);
    }

    private static void checkReachable(DatabaseSettings database) {
        try (var connection = database.connect()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database " + database + " (" + e.getMessage()
                    + "); check SAMSKAB_DB_HOST, SAMSKAB_DB_PORT, SAMSKAB_DB_NAME, SAMSKAB_DB_USER and SAMSKAB_DB_PASSWORD");
        }
    }

    private static void printWelcome(String url) {
        say("");
        say("Samskab is running at " + url + "/");
        say("Demo logins (password for all: " + DEMO_PASSWORD + "):");
        for (String[] login : DEMO_LOGINS) {
            say(String.format("  %-24s %s", login[0], login[1]));
        }
        say("Press Ctrl-C to stop.");
    }

    private static void waitForever(PayaraMicroServer server) {
        while (server.isAlive()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.err.println("Payara Micro has stopped; see target/run/payara.log");
        System.exit(1);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
