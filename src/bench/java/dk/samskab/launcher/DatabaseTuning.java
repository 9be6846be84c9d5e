package dk.samskab.launcher;

import java.util.List;

/** The embedded MariaDB settings the benchmark can compare (bench.db). */
final class DatabaseTuning {

    private DatabaseTuning() {
    }

    static List<String> arguments(String name) {
        return switch (name) {
            // What the run command starts its embedded MariaDB with.
            case "run" -> EmbeddedMariaDb.RUN_SETTINGS;
            // MariaDB's own defaults: a 128 MB buffer pool and the redo log flushed to disk at every commit.
            case "defaults" -> List.of();
            default -> throw new IllegalArgumentException("bench.db must be 'run' or 'defaults', not '" + name + "'");
        };
    }
}
