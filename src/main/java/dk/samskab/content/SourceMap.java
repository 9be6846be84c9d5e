package dk.samskab.content;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a course definition came from, by field path ("ects",
 * "modules[1].quiz.questions[0]"), so that rules checked on the model report file and line.
 */
public final class SourceMap {

    private final Map<String, Problem> locations = new HashMap<>();
    private final String defaultFile;

    public SourceMap(String defaultFile) {
        this.defaultFile = defaultFile;
    }

    void record(String path, String file, int line) {
        locations.putIfAbsent(path, new Problem(file, line, ""));
    }

    /**
     * The problem at a line of a text whose first line was recorded (a lesson body), or at the
     * field itself when the text's lines are not known.
     */
    public Problem problem(Violation violation) {
        Problem textStart = locations.get(violation.path());
        if (violation.lineInText() > 0 && textStart != null) {
            return new Problem(textStart.file(), textStart.line() + violation.lineInText() - 1, violation.message());
        }
        return problem(violation.path(), violation.message());
    }

    /** The problem at the field's location, or at the nearest recorded parent path. */
    public Problem problem(String path, String message) {
        String probe = path;
        while (true) {
            Problem at = locations.get(probe);
            if (at != null) {
                return new Problem(at.file(), at.line(), message);
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            if (cut <= 0) {
                return new Problem(defaultFile, 1, message);
            }
            probe = probe.substring(0, cut);
        }
    }
}
