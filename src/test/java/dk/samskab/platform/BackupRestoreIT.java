package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.launcher.Backup;
import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backup of the running application's database, restored into an empty database with the
 * documented command's code, holds every table with the same rows (row counts and checksums).
 */
class BackupRestoreIT {

    @Test
    void aBackupTakenWhileTheApplicationRunsRestoresEveryRowIntoAnEmptyDatabase() throws Exception {
        TestApplication.baseUrl();
        DatabaseSettings source = TestDatabase.schema(TestApplication.SCHEMA);
        Path clients = new File(TestDatabase.buildDir(), "test-mariadb/bin").toPath();
        Path file = Files.createTempDirectory("backup").resolve("samskab.sql");
        Backup original = new Backup(source, clients);
        original.dump(file);
        assertTrue(Files.size(file) > 10_000, "the dump has content");

        DatabaseSettings target = source.withName("samskab_restored_" + Long.toString(System.nanoTime(), 36));
        Backup restored = new Backup(target, clients);
        restored.restore(file);

        List<String> tables = original.tables();
        assertEquals(tables, restored.tables(), "every table is there");
        // The application keeps writing in the background (its xAPI feeds), so the restored database is
        // compared with the backup's own moment: a backup of it must hold exactly what the first one held.
        Path again = file.resolveSibling("restored.sql");
        restored.dump(again);
        assertEquals(content(file), content(again), "the restored database holds every row and definition of the backup");
        long rows = 0;
        try (Connection from = source.connect(); Connection to = target.connect()) {
            for (String table : tables) {
                rows += single(to, "SELECT COUNT(*) FROM `" + table + "`");
            }
            assertEquals(single(from, "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '" + source.name() + "'"),
                    single(to, "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '" + target.name() + "'"),
                    "the triggers (audit log, last activity) are restored too");
        }
        System.out.printf("Backup and restore: %d tables, %,d rows, %,d bytes%n", tables.size(), rows, Files.size(file));
        assertTrue(rows > 100, "a real data set: " + rows);

        IllegalStateException notEmpty = assertThrows(IllegalStateException.class, () -> restored.restore(file));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }

    /**
     * A dump's tables, rows, triggers and routines: without its comments (host, database name, time)
     * and the tables' next AUTO_INCREMENT values, which a restore sets from the rows it inserts.
     */
    private static List<String> content(Path dump) throws Exception {
        return Files.readAllLines(dump).stream().filter(line -> !line.startsWith("--"))
                .map(line -> line.replaceAll(" AUTO_INCREMENT=\\d+", "")).toList();
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement statement = c.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
