package dk.samskab.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import dk.samskab.platform.DatabaseMigration;
import dk.samskab.platform.Language;
import dk.samskab.testsupport.StandaloneJpa;
import dk.samskab.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** A training manager's organisations: what an admin gives them, directly or through a partnership. */
class ManagerScopeIT {

    @Test
    void aManagersOrganisationsAreThoseGivenDirectlyAndThroughAPartnership() {
        EntityManagerFactory factory = StandaloneJpa.migratedSchema("samskab_scope_" + System.nanoTime());
        long[] ids = StandaloneJpa.inTransaction(factory, em -> {
            Person manager = new Person("Jens Scope", "jens-scope@example.dk", Language.DA);
            em.persist(manager);
            Organisation aarhus = organisation(em, "kommune-aarhus");
            Partnership partnership = new Partnership("scope-test", "Besøgsvenner", aarhus);
            partnership.addPartner(organisation(em, "roede-kors"));
            em.persist(partnership);
            em.persist(ManagerScope.ofOrganisation(manager, organisation(em, "kp")));
            em.persist(ManagerScope.ofPartnership(manager, partnership));
            return new long[] {manager.getId(), aarhus.getId(), organisation(em, "roede-kors").getId(),
                    organisation(em, "kp").getId()};
        });
        Set<Long> organisations = StandaloneJpa.inTransaction(factory, em -> {
            ManagerScopes scopes = new ManagerScopes();
            scopes.em = em;
            return scopes.organisationsOf(ids[0]);
        });
        assertEquals(Set.of(ids[1], ids[2], ids[3]), organisations,
                "the organisation given, and the partnership's municipality and member");
    }

    @Test
    void managersKeepTheOrganisationsTheyBelongToAsScopeWhenTheDatabaseIsUpgraded() throws SQLException {
        DatabaseSettings database = TestDatabase.schema("samskab_scope_upgrade_" + System.nanoTime());
        MariaDbDataSource dataSource = new MariaDbDataSource(database.url());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        Flyway latest = DatabaseMigration.flyway(dataSource);
        Flyway.configure().configuration(latest.getConfiguration()).target("21").load().migrate();
        execute(database, "INSERT INTO person (full_name, email) VALUES ('Leder', 'leder@example.dk'), ('Frivillig', 'frivillig@example.dk')");
        execute(database, "INSERT INTO account (person_id, password_hash) SELECT id, 'x' FROM person");
        execute(database, "INSERT INTO account_role (account_id, role) SELECT a.id, 'TRAINING_MANAGER' FROM account a"
                + " JOIN person p ON p.id = a.person_id WHERE p.email = 'leder@example.dk'");
        execute(database, "INSERT INTO membership (person_id, organisation_id, role) SELECT p.id, o.id, 'LEADER'"
                + " FROM person p, organisation o WHERE o.code IN ('kommune-aarhus', 'roede-kors')");

        assertTrue(latest.migrate().success);
        assertEquals(2, count(database, "SELECT COUNT(*) FROM manager_scope s JOIN person p ON p.id = s.person_id"
                + " WHERE p.email = 'leder@example.dk'"), "the manager's two organisations became their scope");
        assertEquals(0, count(database, "SELECT COUNT(*) FROM manager_scope s JOIN person p ON p.id = s.person_id"
                + " WHERE p.email = 'frivillig@example.dk'"), "someone who is no manager is given no scope");
    }

    private static Organisation organisation(EntityManager em, String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code).getSingleResult();
    }

    private static void execute(DatabaseSettings database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DatabaseSettings database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
