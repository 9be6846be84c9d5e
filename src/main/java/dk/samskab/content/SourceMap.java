package dk.samskab.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of a course definition came from, by field path ("ects",
 * "modules[1].quiz.questions[0]"), so that rules checked on the model report file and line.
 */
public final class SourceMap {

    private record Location(String file, int line) {
    }

    private final Map<String, Location> locations = new HashMap<>();
    private final String defaultFile;

    public SourceMap(String defaultFile) {
        this.defaultFile = defaultFile;
    }

    void record(String path, String file, int line) {
        locations.putIfAbsent(path, new Location(file, line));
    }

    /**
     * The problem at a line of a text whose first line was recorded (a lesson body), or at the
     * field itself when the text's lines are not known.
     */
    public Problem problem(Violation violation) {
        Location textStart = locations.get(violation.path());
        if (violation.lineInText() > 0 && textStart != null) {
            return new Problem(textStart.file(), textStart.line() + violation.lineInText() - 1, violation.key(),
                    violation.args());
        }
        return problem(violation.path(), violation.key(), violation.args());
    }

    /** The problem (a key of the rules bundle) at the field's location, or at the nearest recorded parent path. */
    public Problem problem(String path, String key, Object... args) {
        return problem(path, key, RuleMessages.asText(args));
    }

    private Problem problem(String path, String key, List<String> args) {
        String probe = path;
        while (true) {
            Location at = locations.get(probe);
            if (at != null) {
                return new Problem(at.file(), at.line(), key, args);
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            if (cut <= 0) {
                return new Problem(defaultFile, 1, key, args);
            }
            probe = probe.substring(0, cut);
        }
    }
}
