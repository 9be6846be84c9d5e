package dk.samskab.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backs a Samskab database up to one SQL file and restores such a file into an empty database,
 * with MariaDB's own mariadb-dump and mariadb clients. The dump is one consistent snapshot
 * (--single-transaction), so it can be taken while the application runs; it holds the tables,
 * their rows (blobs as hex), the triggers and the migration history, and no CREATE DATABASE, so
 * it can be restored under any name and by any user (the triggers' definer is left out).
 */
public final class Backup {

    private final DatabaseSettings database;
    private final Path clients;

    /** The database and the folder holding mariadb-dump and mariadb. */
    public Backup(DatabaseSettings database, Path clients) {
        this.database = database;
        this.clients = clients;
    }

    /** The definer of a trigger in a dump; dropped, so that the restoring user becomes the definer. */
    private static final java.util.regex.Pattern DEFINER = java.util.regex.Pattern.compile("/\\*!50017 DEFINER=[^*]*\\*/ ?");

    public void dump(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path raw = Files.createTempFile(file.toAbsolutePath().getParent(), "dump", ".sql");
        try {
            run(List.of(client("mariadb-dump"), "--single-transaction", "--quick", "--hex-blob", "--triggers", "--routines",
                    "--default-character-set=utf8mb4", "--no-create-db", database.name()), raw, null);
            try (java.io.BufferedReader in = Files.newBufferedReader(raw, java.nio.charset.StandardCharsets.UTF_8);
                    java.io.BufferedWriter out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line);
                    out.newLine();
                }
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Restores a dump; the target database is created when missing and must hold no tables. */
    public void restore(Path file) throws IOException, InterruptedException, SQLException {
        database.createDatabaseIfMissing();
        if (!tables().isEmpty()) {
            throw new IllegalStateException("The database " + database.name() + " is not empty; restore into an empty one");
        }
        run(List.of(client("mariadb"), "--default-character-set=utf8mb4", database.name()), null, file);
    }

    /** The database's tables, in name order. */
    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.connect(); ResultSet rows = c.getMetaData().getTables(database.name(), null, "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }

    private String client(String name) {
        Path inFolder = clients == null ? null : clients.resolve(name);
        return inFolder != null && Files.isExecutable(inFolder) ? inFolder.toString() : name;
    }

    private void run(List<String> command, Path output, Path input) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(1, List.of("--host=" + database.host(), "--port=" + database.port(), "--user=" + database.user()));
        ProcessBuilder builder = new ProcessBuilder(full);
        // The password travels in the environment, never on the command line where ps would show it.
        Map<String, String> env = builder.environment();
        if (database.password() != null && !database.password().isEmpty()) {
            env.put("MYSQL_PWD", database.password());
        }
        File errors = Files.createTempFile("samskab-backup", ".log").toFile();
        builder.redirectError(errors);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        int exit = builder.start().waitFor();
        String log = Files.readString(errors.toPath());
        errors.delete();
        if (exit != 0) {
            throw new IOException(full.get(0) + " failed (exit " + exit + "): " + log.strip());
        }
    }
}
