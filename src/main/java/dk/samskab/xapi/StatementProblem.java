package dk.samskab.xapi;

import java.util.Objects;

/**
 * One way a statement breaks the xAPI 1.0.3 rules: where, as a path into the statement such as
 * {@code result.score.scaled} or {@code context.contextActivities.parent[0].id}, and what.
 */
public record StatementProblem(String path, String message) {

    public StatementProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
