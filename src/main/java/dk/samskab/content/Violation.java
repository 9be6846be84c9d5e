package dk.samskab.content;

/**
 * A broken rule on a course definition, at a field path such as "modules[0].quiz.pass_threshold".
 * For a rule that concerns one line of a longer text (a citation in a lesson), lineInText is
 * that line, counted from the text's first line as 1; otherwise 0.
 */
public record Violation(String path, String message, int lineInText) {

    public Violation(String path, String message) {
        this(path, message, 0);
    }
}
