package dk.samskab.content;

/** A broken rule on a course definition, at a field path such as "modules[0].quiz.passThreshold". */
public record Violation(String path, String message) {
}
