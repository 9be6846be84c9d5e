package dk.samskab.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Accounts of their own for tests over HTTP, written straight into the test application's
 * database with the demo password's hash, so that a test may throttle or scope them without
 * disturbing the demo people other tests sign in as.
 */
public final class TestAccounts {

    public static final String PASSWORD = "samskab-demo-2026";

    private TestAccounts() {
    }

    /** A new person with an account in the given role; returns the e-mail address. */
    public static String create(String name, String role) throws SQLException {
        try (Connection c = connect()) {
            return create(c, name, role);
        }
    }

    /** A new person with an account in the given role, in the database behind c; returns the e-mail address. */
    public static String create(Connection c, String name, String role) throws SQLException {
        return create(c, name, name.toLowerCase().replaceAll("[^a-z]+", "-") + "-" + System.nanoTime() + "@example.dk", role);
    }

    /** A new person with the given e-mail address and an account in the given role; returns the address. */
    public static String create(Connection c, String name, String email, String role) throws SQLException {
        {
            update(c, "INSERT INTO person (full_name, email) VALUES (?, ?)", name, email);
            update(c, "INSERT INTO account (person_id, password_hash) SELECT p.id, (SELECT a.password_hash FROM account a"
                    + " JOIN person q ON q.id = a.person_id WHERE q.email = 'mette@demo.samskab.dk') FROM person p WHERE p.email = ?",
                    email);
            update(c, "INSERT INTO account_role (account_id, role) SELECT a.id, ? FROM account a JOIN person p"
                    + " ON p.id = a.person_id WHERE p.email = ?", role, email);
        }
        return email;
    }

    /** Enrols the person in the latest version of a course, self-paced; returns the enrolment's id. */
    public static long enrol(String email, String courseCode) throws SQLException {
        try (Connection c = connect()) {
            return enrol(c, email, courseCode);
        }
    }

    /** Enrols the person in the latest version of a course, in the database behind c; returns the enrolment's id. */
    public static long enrol(Connection c, String email, String courseCode) throws SQLException {
        {
            update(c, "INSERT INTO enrolment (person_id, course_id, course_version_id, status, requested_at, enrolled_at)"
                    + " SELECT p.id, c.id, (SELECT MAX(v.id) FROM course_version v WHERE v.course_id = c.id), 'ENROLLED',"
                    + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM person p, course c WHERE p.email = ? AND c.code = ?", email,
                    courseCode);
            return single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id"
                    + " WHERE p.email = ? AND c.code = ?", email, courseCode);
        }
    }

    /** The test application's database, once the application has migrated it. */
    public static Connection connect() throws SQLException {
        TestApplication.baseUrl();
        return TestDatabase.schema(TestApplication.SCHEMA).connect();
    }

    /** The first column of the first row of a query, such as a count or an id. */
    public static long single(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Nothing found: " + sql);
                }
                return rows.getLong(1);
            }
        }
    }

    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
