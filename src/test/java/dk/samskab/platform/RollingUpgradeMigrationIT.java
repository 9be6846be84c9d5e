package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The schema side of a rolling upgrade on a cluster: nodes that start at the same moment migrate
 * the schema once between them, and a node of the running release still starts (and writes) after
 * the next release has expanded the schema under it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollingUpgradeMigrationIT {

    private static final int NODES = 3;
    private static DatabaseSettings database;

    @BeforeAll
    static void emptySchema() throws SQLException {
        database = TestDatabase.schema("samskab_upgrade_" + System.nanoTime());
    }

    @Test
    @Order(1)
    void nodesStartingTogetherMigrateTheSchemaOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(NODES);
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        List<Future<MigrateResult>> results = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            results.add(nodes.submit((Callable<MigrateResult>) () -> {
                Flyway flyway = DatabaseMigration.flyway(FlywayMigrationIT.dataSource(database));
                together.await(30, TimeUnit.SECONDS);
                return flyway.migrate();
            }));
        }
        int executed = 0;
        for (Future<MigrateResult> result : results) {
            MigrateResult migrated = result.get(3, TimeUnit.MINUTES);
            assertTrue(migrated.success);
            executed += migrated.migrationsExecuted;
        }
        nodes.shutdown();
        long inFolder = count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL");
        assertEquals(inFolder, executed, "every migration ran exactly once among the " + NODES + " nodes");
        assertEquals(inFolder, count("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"));
    }

    @Test
    @Order(2)
    void aNodeOfTheRunningReleaseStartsAndWritesAfterTheNextReleaseExpandedTheSchema() throws SQLException {
        Flyway nextRelease = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(FlywayMigrationIT.dataSource(database))
                .locations("classpath:db/migration", "classpath:db/next-release")
                .load();
        assertEquals(1, nextRelease.migrate().migrationsExecuted, "the next release's expand step");

        // A node of the running release restarts now: the schema is one version ahead of what it knows.
        MigrateResult runningRelease = DatabaseMigration.flyway(FlywayMigrationIT.dataSource(database)).migrate();
        assertTrue(runningRelease.success);
        assertEquals(0, runningRelease.migrationsExecuted);
        assertEquals(1, count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1000' AND success = 1"),
                "the running release leaves the next release's step alone");
        // Its statements, which do not name the new column, still work.
        execute("INSERT INTO person (full_name, email) VALUES ('Rullende Opgradering', 'rolling-upgrade@example.dk')");
        assertEquals(1, count("SELECT COUNT(*) FROM person WHERE email = 'rolling-upgrade@example.dk' AND display_name IS NULL"));
    }

    private static long count(String sql) throws SQLException {
        return FlywayMigrationIT.count(database, sql);
    }

    private static void execute(String sql) throws SQLException {
        FlywayMigrationIT.execute(database, sql);
    }
}
