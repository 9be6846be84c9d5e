package dk.samskab.launcher;

import java.io.File;
import java.util.Map;

/**
 * The database the data generator and the benchmark use: an external MariaDB when SAMSKAB_DB_*
 * is set, otherwise an embedded one on port 3308 (SAMSKAB_BENCH_DB_PORT) with its data in .samskab-bench/ (kept between
 * the two commands, apart from the application's own .samskab-data/).
 */
final class BenchmarkDatabase {

    static final int PORT = 3308;

    private BenchmarkDatabase() {
    }

    /** Starts the embedded server when needed; the returned runnable stops it. */
    static Map.Entry<DatabaseSettings, Runnable> open() {
        // A buffer pool that holds the data set, as on a production database server (see docs/benchmarks.md).
        return open(java.util.List.of("--innodb-buffer-pool-size=1G"));
    }

    /** As open(), with the embedded server started with these arguments instead. */
    static Map.Entry<DatabaseSettings, Runnable> open(java.util.List<String> serverArgs) {
        Map<String, String> env = System.getenv();
        if (DatabaseSettings.externalConfigured(env)) {
            return Map.entry(DatabaseSettings.fromEnvironment(env), () -> { });
        }
        File home = new File(System.getProperty("samskab.home", "."), ".samskab-bench");
        int port = Integer.parseInt(env.getOrDefault("SAMSKAB_BENCH_DB_PORT", Integer.toString(PORT)));
        EmbeddedMariaDb server = EmbeddedMariaDb.start(port, new File(home, "mariadb"), new File(home, "data"),
                serverArgs);
        DatabaseSettings settings = server.settings("samskab_bench");
        try {
            settings.createDatabaseIfMissing();
        } catch (java.sql.SQLException e) {
            server.stop();
            throw new IllegalStateException("Cannot create the benchmark schema: " + e.getMessage(), e);
        }
        return Map.entry(settings, server::stop);
    }
}
