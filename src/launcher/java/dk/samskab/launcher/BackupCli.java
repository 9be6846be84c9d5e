package dk.samskab.launcher;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * The backup command: "backup FILE" writes the database to FILE, "restore FILE" loads FILE into
 * an empty database. The database is the external one when SAMSKAB_DB_* is set, otherwise the
 * embedded one of the run command (started for the while if it is not running). The MariaDB
 * clients come from the embedded server's folder, or from SAMSKAB_MARIADB_BIN, or the PATH.
 */
public final class BackupCli {

    private BackupCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("backup") && !args[0].equals("restore")) {
            System.err.println("Usage: backup FILE | restore FILE");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        File state = new File(System.getProperty("samskab.home", "."), ".samskab-data");
        Path clients = env.containsKey("SAMSKAB_MARIADB_BIN") ? Path.of(env.get("SAMSKAB_MARIADB_BIN"))
                : new File(state, "mariadb/bin").toPath();
        EmbeddedMariaDb started = null;
        DatabaseSettings database;
        if (DatabaseSettings.externalConfigured(env)) {
            database = DatabaseSettings.fromEnvironment(env);
        } else {
            int port = Integer.parseInt(env.getOrDefault("SAMSKAB_EMBEDDED_DB_PORT", Integer.toString(DatabaseSettings.EMBEDDED_PORT)));
            try {
                EmbeddedMariaDb.requireFreePort(port);
                started = EmbeddedMariaDb.start(port, new File(state, "mariadb"), new File(state, "mariadb-data"));
            } catch (EmbeddedMariaDb.PortInUseException running) {
                // The run command's database is up; use it as it is.
            }
            database = DatabaseSettings.embedded(port, "samskab");
        }
        try {
            Backup backup = new Backup(database, clients);
            Path file = Path.of(args[1]);
            if (args[0].equals("backup")) {
                backup.dump(file);
                System.out.println("Backed up " + database + " (" + backup.tables().size() + " tables) to " + file.toAbsolutePath());
            } else {
                backup.restore(file);
                System.out.println("Restored " + file.toAbsolutePath() + " into " + database + " (" + backup.tables().size() + " tables)");
            }
        } finally {
            if (started != null) {
                started.stop();
            }
        }
    }
}
