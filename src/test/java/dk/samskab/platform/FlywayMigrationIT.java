package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** The versioned migrations build the whole schema and reference data in an empty MariaDB. */
class FlywayMigrationIT {

    private static DatabaseSettings database;
    private static MigrateResult firstRun;

    @BeforeAll
    static void migrateEmptyDatabase() throws SQLException {
        database = TestDatabase.schema("samskab_flyway_" + System.nanoTime());
        firstRun = DatabaseMigration.flyway(dataSource(database)).migrate();
    }

    static MariaDbDataSource dataSource(DatabaseSettings settings) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return dataSource;
    }

    @Test
    void everyMigrationRunsOnAnEmptyDatabase() {
        assertTrue(firstRun.success);
        long versioned;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            versioned = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(versioned, firstRun.migrationsExecuted, "every migration in the folder ran, in one pass");
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        Flyway flyway = DatabaseMigration.flyway(dataSource(database));
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals(0, flyway.info().pending().length);
    }

    @Test
    void all98MunicipalitiesAreLoadedWithRegionAndSizeBand() throws SQLException {
        assertEquals(98, count("SELECT COUNT(*) FROM organisation WHERE type = 'MUNICIPALITY'"));
        assertEquals(0, count("SELECT COUNT(*) FROM organisation WHERE type = 'MUNICIPALITY' AND (region IS NULL OR size_band IS NULL)"));
        assertEquals(29, count("SELECT COUNT(*) FROM organisation WHERE type = 'MUNICIPALITY' AND region = 'HOVEDSTADEN'"));
        assertEquals(11, count("SELECT COUNT(*) FROM organisation WHERE type = 'MUNICIPALITY' AND region = 'NORDJYLLAND'"));
        assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE code = 'roede-kors' AND type = 'VOLUNTEER_ORGANISATION'"));
        assertTrue(count("SELECT COUNT(*) FROM organisation WHERE type = 'EDUCATION_PROVIDER'") >= 6);
    }

    @Test
    void theSchemaRefusesAMunicipalityWithoutSizeBand() {
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO organisation (code, name, type, region) VALUES ('kommune-x', 'X Kommune', 'MUNICIPALITY', 'SJAELLAND')"));
        assertTrue(refused.getMessage().contains("ck_municipality_size"), refused.getMessage());
    }

    @Test
    void theSchemaRefusesAnUnknownMembershipRole() throws SQLException {
        execute("INSERT INTO person (full_name, email) VALUES ('Test Person', 'role-check@example.dk')");
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO membership (person_id, organisation_id, role) SELECT p.id, o.id, 'BOSS'"
                        + " FROM person p, organisation o WHERE p.email = 'role-check@example.dk' AND o.code = 'kp'"));
        assertTrue(refused.getMessage().contains("ck_membership_role"), refused.getMessage());
    }

    private static long count(String sql) throws SQLException {
        return count(database, sql);
    }

    /** The single number a query gives in the schema. */
    static long count(DatabaseSettings schema, String sql) throws SQLException {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        execute(database, sql);
    }

    static void execute(DatabaseSettings schema, String sql) throws SQLException {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
