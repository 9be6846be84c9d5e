package dk.samskab.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Where the database is. Read from the same SAMSKAB_DB_* environment variables the application
 * reads through MicroProfile Config; SAMSKAB_DB_HOST set means an external MariaDB.
 */
public record DatabaseSettings(String host, int port, String name, String user, String password) {

    public static final int EMBEDDED_PORT = 3307;

    public static boolean externalConfigured(Map<String, String> env) {
        return notBlank(env.get("SAMSKAB_DB_HOST"));
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                env.get("SAMSKAB_DB_HOST"),
                parsePort(env.getOrDefault("SAMSKAB_DB_PORT", "3306")),
                env.getOrDefault("SAMSKAB_DB_NAME", "samskab"),
                env.getOrDefault("SAMSKAB_DB_USER", "samskab"),
                env.getOrDefault("SAMSKAB_DB_PASSWORD", ""));
    }

    /** The embedded server: root without password, reachable only from this machine. */
    public static DatabaseSettings embedded(int port, String name) {
        return new DatabaseSettings("127.0.0.1", port, name, "root", "");
    }

    public DatabaseSettings withName(String otherName) {
        return new DatabaseSettings(host, port, otherName, user, password);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SAMSKAB_DB_PORT must be a number, not '" + value + "'");
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public String serverUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/?connectTimeout=5000";
    }

    public String url() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + name + "?connectTimeout=5000";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** Creates the schema if it is missing (an embedded server starts empty). */
    public void createDatabaseIfMissing() throws SQLException {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name may hold letters, digits and _ only: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4");
        }
    }

    /** The variables that point the application at this database. */
    public Map<String, String> asEnvironment() {
        return Map.of(
                "SAMSKAB_DB_HOST", host,
                "SAMSKAB_DB_PORT", Integer.toString(port),
                "SAMSKAB_DB_NAME", name,
                "SAMSKAB_DB_USER", user,
                "SAMSKAB_DB_PASSWORD", password);
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + name;
    }
}
