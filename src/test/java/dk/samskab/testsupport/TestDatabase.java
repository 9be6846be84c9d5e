package dk.samskab.testsupport;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.launcher.EmbeddedMariaDb;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one embedded MariaDB of a test run, on the port the build names. It starts with an empty
 * data folder, so every run begins from nothing.
 */
public final class TestDatabase {

    /** The schema the Arquillian deployments use (the build passes its name to their server). */
    public static final String ARQUILLIAN_SCHEMA = "samskab_it";

    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized boolean isConfigured() {
        return System.getProperty("samskab.test.db.port") != null;
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            int port = Integer.getInteger("samskab.test.db.port", 33070);
            File base = new File(buildDir(), "test-mariadb");
            File data = new File(base, "data");
            deleteRecursively(data.toPath());
            server = EmbeddedMariaDb.start(port, base, data);
        }
        return server;
    }

    /** A schema of its own for one test or one server, created when missing. */
    public static DatabaseSettings schema(String name) {
        DatabaseSettings settings = server().settings(name);
        try {
            settings.createDatabaseIfMissing();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + name, e);
        }
        return settings;
    }

    static synchronized void shutdown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static File buildDir() {
        return new File(System.getProperty("samskab.build.dir", "target"));
    }

    /** Deletes a folder and all it holds; nothing happens if it is not there. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
